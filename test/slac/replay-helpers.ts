/** Replay helpers: HomePlug frames of a shared capture, and a fake port that records what a machine sends. */

import { join } from 'node:path';
import { readCaptureFile } from '../../src/capture/pcap-reader.js';
import { fromHex } from '../../src/core/bytes.js';
import { ETHERTYPE, peekEtherType } from '../../src/link/ethernet.js';
import { type EthernetPort, FrameFanout } from '../../src/link/ports.js';
import { decodeMme, type MmeFrame } from '../../src/slac/homeplug.js';
import { sharedPath } from '../helpers/shared.js';

export const RESULTS_DIR = sharedPath('fixtures/pyplc/results');

export interface CapturedMme {
  /** ms since the first frame of the capture. */
  ms: number;
  frame: Buffer;
  mme: MmeFrame;
}

export async function capturedMmes(file: string): Promise<CapturedMme[]> {
  const frames = await readCaptureFile(join(RESULTS_DIR as string, file));
  const t0 = frames[0]?.tsUs ?? 0;
  const out: CapturedMme[] = [];
  for (const f of frames) {
    if (peekEtherType(f.data) !== ETHERTYPE.HOMEPLUG_AV) continue;
    const frame = Buffer.from(f.data);
    out.push({ ms: (f.tsUs - t0) / 1000, frame, mme: decodeMme(frame) });
  }
  return out;
}

export interface FakePort extends EthernetPort {
  sent: MmeFrame[];
  inject(frame: Buffer): void;
}

export function fakePort(mac: string): FakePort {
  const fanout = new FrameFanout();
  const sent: MmeFrame[] = [];
  return {
    mac: fromHex(mac),
    sent,
    send: (frame) => {
      sent.push(decodeMme(frame));
    },
    onFrame: (h) => fanout.add(h),
    close: () => fanout.clear(),
    inject: (frame) => fanout.emit(frame),
  };
}

export const hexOf = (b: Buffer) => b.toString('hex');
