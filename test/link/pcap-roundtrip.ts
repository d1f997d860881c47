/** Writes frames with the capture writer and reads them back with the reader: the names of the MMEs inside. */

import { readCapture } from '../../src/capture/pcap-reader.js';
import { encodePcap } from '../../src/capture/pcap-writer.js';
import { decodeMme } from '../../src/slac/homeplug.js';

export function decodeCaptureFrames(frames: { tsUs: number; data: Uint8Array }[]): string[] {
  return [...readCapture(encodePcap(frames))].map((f) => decodeMme(f.data).msg.type);
}
