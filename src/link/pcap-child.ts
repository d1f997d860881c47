/**
 * Entry of the raw-capture child process (started by openPcapPort in pcap.ts as
 * `node pcap-child.js '{"iface","filter","bufferSize","mac"}'`): opens `cap` on the interface in THIS process, so
 * that cap's abort when the interface goes down or disappears kills only this child. Talks to the parent over
 * stdio in the pipe-codec framing: `ready` once cap is open, `rx` per received frame, `error` (then exit 1) when
 * cap cannot be opened, `warn` when a send fails; reads `tx` frames to send from stdin.
 * Ends when stdin ends (the parent closed the port, or died) or on SIGTERM. Ignores SIGINT: a Ctrl-C in the
 * terminal reaches the whole process group, and the parent decides when the capture ends.
 */

import { DecodeError, HardwareError } from '../core/errors.js';
import { openCapInProcess } from './cap-addon.js';
import { encodePipeMessage, PipeDecoder, type PipeMessage } from './pipe-codec.js';
import type { EthernetPort } from './ports.js';

interface ChildArgs {
  iface: string;
  filter: string;
  bufferSize: number;
  /** hex, 12 digits */
  mac: string;
}

/** Exit code after an `error` message (the parent reports the message, not the code). */
const EXIT_ERROR = 1;

function write(m: PipeMessage): void {
  // stdout is a pipe: synchronous on Linux, so an `error` is out before process.exit
  process.stdout.write(encodePipeMessage(m));
}

/** The message without HardwareError's appended "\n  hint: ..." (the hint travels separately). */
function plainMessage(err: unknown): { message: string; hint?: string } {
  if (err instanceof HardwareError) {
    const suffix = err.hint ? `\n  hint: ${err.hint}` : '';
    const message = suffix && err.message.endsWith(suffix) ? err.message.slice(0, -suffix.length) : err.message;
    return err.hint ? { message, hint: err.hint } : { message };
  }
  return { message: err instanceof Error ? err.message : String(err) };
}

function fail(err: unknown): never {
  try {
    write({ type: 'error', ...plainMessage(err) });
  } catch {
    // the parent is gone
  }
  process.exit(EXIT_ERROR);
}

function parseArgs(text: string | undefined): ChildArgs {
  const a = JSON.parse(text ?? '') as Partial<ChildArgs>;
  if (
    typeof a.iface !== 'string' ||
    typeof a.filter !== 'string' ||
    typeof a.bufferSize !== 'number' ||
    typeof a.mac !== 'string' ||
    !/^[0-9a-f]{12}$/i.test(a.mac)
  ) {
    throw new Error(`pcap-child: bad arguments ${text}`);
  }
  return a as ChildArgs;
}

async function main(): Promise<void> {
  process.on('SIGINT', () => {});
  // the parent died or closed the read end: nothing left to do
  process.stdout.on('error', () => process.exit(0));
  const args = parseArgs(process.argv[2]);
  let port: EthernetPort | undefined;
  const end = () => {
    port?.close();
    process.exit(0);
  };
  process.on('SIGTERM', end);
  port = await openCapInProcess({ ...args, mac: Buffer.from(args.mac, 'hex') });
  const open = port;
  open.onFrame((frame) => write({ type: 'rx', frame }));
  const decoder = new PipeDecoder();
  process.stdin.on('data', (chunk: Buffer) => {
    let messages: PipeMessage[];
    try {
      messages = decoder.push(chunk);
    } catch (err) {
      fail(err instanceof DecodeError ? new Error(`bad data from the parent: ${err.message}`) : err);
    }
    for (const m of messages) {
      if (m.type !== 'tx') continue;
      try {
        open.send(m.frame);
      } catch (err) {
        write({ type: 'warn', text: (err as Error).message });
      }
    }
  });
  process.stdin.on('end', end);
  process.stdin.on('error', end);
  write({ type: 'ready' });
}

main().catch(fail);
