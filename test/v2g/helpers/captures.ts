/**
 * Real V2G conversations from the pyPLC captures (../shared/fixtures/pyplc/results), reassembled and decoded by the
 * listen decoder with the project's EXI codec: per TCP connection, every message in order with its direction.
 */

import { readFileSync } from 'node:fs';
import { readCapture } from '../../../src/capture/pcap-reader.js';
import { decodeFrames } from '../../../src/listen/decoder.js';
import type { V2gEvent } from '../../../src/listen/events.js';
import type { DocCodec, ExiDocument } from '../../../src/v2g/index.js';
import { sharedPath } from '../../helpers/shared.js';

export interface CapturedMessage {
  /** Seconds since the start of the capture. */
  t: number;
  fromEv: boolean;
  name: string;
  doc: ExiDocument;
}

export interface CapturedConnection {
  conn: number;
  messages: CapturedMessage[];
}

export const CAPTURE_DIR = sharedPath('fixtures/pyplc/results');

const cache = new Map<string, CapturedConnection[]>();

/** Connections of a capture that carry at least a supportedAppProtocolReq and one response. */
export function captureConnections(file: string, codec: DocCodec): CapturedConnection[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const { events } = decodeFrames(readCapture(readFileSync(`${CAPTURE_DIR}/${file}`)), {
    exi: (bytes, schema) => codec.decode(bytes, schema),
  });
  const byConn = new Map<number, CapturedMessage[]>();
  for (const e of events) {
    if (e.type !== 'v2g') continue;
    const v = e as V2gEvent;
    if (!v.exi) continue;
    const list = byConn.get(v.conn) ?? [];
    list.push({ t: v.t, fromEv: v.dir === 'EV -> EVSE', name: v.name, doc: v.exi as ExiDocument });
    byConn.set(v.conn, list);
  }
  const out = [...byConn.entries()]
    .map(([conn, messages]) => ({ conn, messages }))
    .filter((c) => c.messages.some((m) => m.name === 'supportedAppProtocolReq') && c.messages.some((m) => !m.fromEv));
  cache.set(file, out);
  return out;
}
