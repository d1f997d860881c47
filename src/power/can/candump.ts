/**
 * candump log format (can-utils `candump -L`, read back by `canplayer` and `log2asc`): one frame per line,
 *   (1700000000.123456) can0 0C080000#0011223344556677
 * timestamp in seconds with 6 decimals, interface name, identifier in hex (3 digits standard, 8 digits extended),
 * '#', data in hex ('R' plus an optional DLC digit for a remote request). Pure formatting and parsing; the
 * writer appends lines to a file.
 */

import { createWriteStream, type WriteStream } from 'node:fs';
import { DecodeError } from '../../core/errors.js';
import { type CanFrame, checkFrame, frameText } from './frame.js';
import type { CanTap } from './port.js';

export interface CandumpRecord {
  /** Seconds since the Unix epoch. */
  timeS: number;
  iface: string;
  frame: CanFrame;
}

export function formatCandump(r: CandumpRecord): string {
  return `(${r.timeS.toFixed(6)}) ${r.iface} ${frameText(r.frame)}`;
}

const LINE = /^\((\d+\.\d+)\)\s+(\S+)\s+([0-9A-Fa-f]+)#(R\d?|[0-9A-Fa-f]*)\s*$/;

/** Parse one `candump -L` line; throws a DecodeError for anything else. */
export function parseCandump(line: string): CandumpRecord {
  const m = LINE.exec(line);
  if (!m) throw new DecodeError(`not a candump -L line: ${JSON.stringify(line.slice(0, 80))}`);
  const [, ts, iface, idHex, body] = m as unknown as [string, string, string, string, string];
  if (idHex.length !== 3 && idHex.length !== 8)
    throw new DecodeError(`candump id '${idHex}' is neither 3 nor 8 digits`);
  const ext = idHex.length === 8;
  const id = Number.parseInt(idHex, 16);
  let frame: CanFrame;
  if (body.startsWith('R')) {
    frame = { id, ext, rtr: true, data: new Uint8Array(body.length > 1 ? Number(body.slice(1)) : 0) };
  } else {
    if (body.length % 2) throw new DecodeError(`candump data '${body}' has an odd number of hex digits`);
    frame = { id, ext, data: Uint8Array.from(Buffer.from(body, 'hex')) };
  }
  return { timeS: Number(ts), iface, frame: checkFrame(frame) };
}

/** Parse a whole log; blank lines are skipped, a bad line throws with its line number. */
export function parseCandumpLog(text: string): CandumpRecord[] {
  const out: CandumpRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(parseCandump(line));
    } catch (e) {
      throw new DecodeError(`line ${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}

/**
 * Appends every frame a tapped port sends and receives to a candump -L file. `nowS` gives the timestamp
 * (wall time for real transports; the simulation passes its own clock so logs line up with the session).
 */
export class CandumpWriter {
  private readonly out: WriteStream;
  lines = 0;

  constructor(
    file: string,
    private readonly iface: string,
    private readonly nowS: () => number = () => Date.now() / 1000,
  ) {
    this.out = createWriteStream(file, { flags: 'w' });
  }

  readonly tap: CanTap = (_dir, frame) => {
    this.lines++;
    this.out.write(`${formatCandump({ timeS: this.nowS(), iface: this.iface, frame })}\n`);
  };

  close(): Promise<void> {
    return new Promise((resolve) => this.out.end(resolve));
  }
}
