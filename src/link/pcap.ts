/**
 * Real link port over libpcap. The `cap` addon aborts its whole process when the interface goes down or
 * disappears (see cap-addon.ts), so it runs in a child process (pcap-child.ts) and this adapter talks to it over
 * stdio (pipe-codec.ts): the child's death only breaks the port, reported through onError with the reason
 * (exit code or signal, and 'interface down or removed' when sysfs says so); it never throws into the event loop.
 * Opening waits for the child's `ready`, or fails with the child's own actionable error (addon missing -> install
 * hint, permission denied -> CAP_NET_RAW hint), or with a missing interface named beside the ones that exist.
 * Filters: HomePlug MMEs not sent by us by default, listen mode passes its own.
 * SDP/TCP do not go through here: they use the kernel's IPv6 stack.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatMac, parseMac } from '../core/bytes.js';
import { type Clock, systemClock, type TimerHandle } from '../core/clock.js';
import { HardwareError } from '../core/errors.js';
import { type Log, silentLogger } from '../core/log.js';
import { type NetifReader, systemNetifReader } from '../netif/netif.js';
import { encodePipeMessage, PipeDecoder, type PipeMessage } from './pipe-codec.js';
import { type EthernetPort, FrameFanout } from './ports.js';

export { CAP_INSTALL_HINT, CAP_PERMISSION_HINT, loadCap } from './cap-addon.js';

/** BPF for SLAC: HomePlug AV frames except our own (Linux pcap also captures the handle's outgoing frames). */
export function slacFilter(ownMac: Uint8Array): string {
  return `ether proto 0x88e1 and not ether src ${formatMac(ownMac)}`;
}

/** BPF for listen mode: everything (empty filter). */
export const LISTEN_FILTER = '';

/** Default kernel capture buffer. */
export const PCAP_BUFFER_DEFAULT_BYTES = 10 * 1024 * 1024;
/** How long the capture child gets to start node, load cap and open the interface (a Pi 3 needs ~1 s). */
export const PCAP_READY_TIMEOUT_DEFAULT_MS = 15_000;
/** Frames queued towards a child that does not read: past this, send() fails instead of buffering without end. */
export const PCAP_TX_QUEUE_MAX_BYTES = 1024 * 1024;
/** Kept from the child's stderr (the addon's assertion text) for the error's context and the log. */
const STDERR_TAIL_BYTES = 2048;

/** Starts the capture child with its JSON argument; stdin, stdout and stderr must be pipes. */
export type SpawnCaptureChild = (argsJson: string) => ChildProcess;

const CHILD_ENTRY = fileURLToPath(new URL('./pcap-child.js', import.meta.url));

/** The default: this Node binary running pcap-child.js beside this file. */
export const spawnCaptureChild: SpawnCaptureChild = (argsJson) =>
  spawn(process.execPath, [CHILD_ENTRY, argsJson], { stdio: ['pipe', 'pipe', 'pipe'] });

export interface PcapPortOptions {
  iface: string;
  /** BPF filter text, or a function of our MAC (default: slacFilter). */
  filter?: string | ((ownMac: Buffer) => string);
  /** Kernel capture buffer (default 10 MiB). */
  bufferSize?: number;
  /** Override the MAC discovered from sysfs. */
  mac?: Buffer;
  log?: Log;
  /** Times the ready wait (default: the system clock). */
  clock?: Clock;
  readyTimeoutMs?: number;
  /** Starts the capture child (tests: a fake child). */
  spawnChild?: SpawnCaptureChild;
  /** Where the interface's state is read for the error reason (tests: fixed text). */
  netif?: NetifReader;
}

/** The MAC address of a Linux interface (sysfs), or a HardwareError naming the interfaces that exist. */
export function interfaceMac(iface: string): Buffer {
  try {
    return parseMac(readFileSync(`/sys/class/net/${iface}/address`, 'utf8').trim());
  } catch {
    let known = '';
    try {
      known = readdirSync('/sys/class/net').join(', ');
    } catch {
      // not Linux
    }
    throw new HardwareError(
      `network interface '${iface}' not found`,
      known ? `interfaces here: ${known}; pass --iface NAME` : 'pass --iface NAME',
    );
  }
}

/** operstate values (RFC 2863, as the kernel prints them) that mean the interface carries no frames. */
const DOWN_OPERSTATES: ReadonlySet<string> = new Set(['down', 'lowerlayerdown', 'notpresent']);

/**
 * ' down or removed (...)' when sysfs shows the interface down or gone, else undefined. The phrase is what the
 * user sees in the session's reason.
 */
export function interfaceDownNote(iface: string, reader: NetifReader = systemNetifReader): string | undefined {
  const operstate = iface.includes('/') ? undefined : reader.readFile(`/sys/class/net/${iface}/operstate`)?.trim();
  if (operstate === undefined) return 'down or removed (no such interface now)';
  return DOWN_OPERSTATES.has(operstate) ? `down or removed (operstate ${operstate})` : undefined;
}

/** How the child ended, for people: "capture process killed by SIGABRT" / "capture process exited with code 3". */
function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `capture process killed by ${signal}` : `capture process exited with code ${code}`;
}

/** The last non-empty line of the child's stderr (cap's assertion text), shortened. */
function lastLine(text: string): string | undefined {
  const l = text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return l && l.length > 200 ? `${l.slice(0, 200)}...` : l;
}

export async function openPcapPort(opts: PcapPortOptions): Promise<EthernetPort> {
  const log = opts.log ?? silentLogger();
  const clock = opts.clock ?? systemClock;
  const netif = opts.netif ?? systemNetifReader;
  const { iface } = opts;
  const mac = opts.mac ?? interfaceMac(iface);
  const filter = typeof opts.filter === 'function' ? opts.filter(mac) : (opts.filter ?? slacFilter(mac));
  const argsJson = JSON.stringify({
    iface,
    filter,
    bufferSize: opts.bufferSize ?? PCAP_BUFFER_DEFAULT_BYTES,
    mac: mac.toString('hex'),
  });

  const fanout = new FrameFanout();
  fanout.onError = (err) => log.error({ err: (err as Error).message }, 'frame handler threw');
  const errorHandlers = new Set<(err: HardwareError) => void>();
  const decoder = new PipeDecoder();
  let stderrTail = '';
  /** The child's own `error` message, if it sent one before exiting. */
  let childError: { message: string; hint?: string } | undefined;
  let state: 'starting' | 'open' | 'broken' | 'closed' = 'starting';
  let broken: HardwareError | undefined;
  let readyTimer: TimerHandle | undefined;
  let settle: { resolve: () => void; reject: (e: HardwareError) => void } | undefined;

  let child: ChildProcess;
  try {
    child = (opts.spawnChild ?? spawnCaptureChild)(argsJson);
  } catch (err) {
    throw new HardwareError(`cannot start the capture process for '${iface}': ${(err as Error).message}`);
  }
  const { stdin, stdout, stderr } = child;
  if (!stdin || !stdout || !stderr) {
    child.kill('SIGKILL');
    throw new HardwareError(`capture process for '${iface}' has no stdio pipes`);
  }

  /** The port stopped working without close(): tell the subscribers once, from the event loop, never throwing. */
  const breakPort = (err: HardwareError) => {
    if (state === 'broken' || state === 'closed') return;
    const wasStarting = state === 'starting';
    state = 'broken';
    broken = err;
    fanout.clear();
    if (readyTimer !== undefined) clock.clearTimeout(readyTimer);
    readyTimer = undefined;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (wasStarting) {
      settle?.reject(err);
      return;
    }
    log.error({ iface, err: err.message, stderr: lastLine(stderrTail) }, 'raw capture stopped');
    for (const h of [...errorHandlers]) {
      try {
        h(err);
      } catch (e) {
        log.error({ err: (e as Error).message }, 'link error handler threw');
      }
    }
  };

  const onMessage = (m: PipeMessage) => {
    switch (m.type) {
      case 'ready':
        if (state !== 'starting') return;
        state = 'open';
        if (readyTimer !== undefined) clock.clearTimeout(readyTimer);
        readyTimer = undefined;
        settle?.resolve();
        return;
      case 'rx':
        if (state === 'open') fanout.emit(m.frame);
        return;
      case 'warn':
        log.warn({ iface, err: m.text }, 'send failed');
        return;
      case 'error':
        childError = m;
        return;
      case 'tx':
        // only the parent sends tx: a child that echoes it is out of step
        breakPort(new HardwareError(`capture process for '${iface}' sent a tx message`));
        return;
    }
  };

  stdout.on('data', (chunk: Buffer) => {
    if (state === 'broken' || state === 'closed') return;
    let messages: PipeMessage[];
    try {
      messages = decoder.push(chunk);
    } catch (err) {
      breakPort(new HardwareError(`capture process for '${iface}' sent bad data: ${(err as Error).message}`));
      return;
    }
    for (const m of messages) onMessage(m);
  });
  stderr.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
  });
  // EPIPE and friends after the child died: 'close' below reports the death
  for (const s of [stdin, stdout, stderr]) s.on('error', () => {});
  child.on('error', (err) => {
    breakPort(new HardwareError(`capture process for '${iface}' failed: ${err.message}`, '', { iface }));
  });
  // 'close' (not 'exit'): every byte the child wrote, its `error` message included, has been read by then
  child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
    if (state === 'closed' || state === 'broken') return;
    const how = describeExit(code, signal);
    if (state === 'starting') {
      breakPort(
        childError
          ? new HardwareError(childError.message, childError.hint ?? '', { iface })
          : new HardwareError(`cannot capture on '${iface}': ${how}`, lastLine(stderrTail) ?? '', { iface }),
      );
      return;
    }
    const note = interfaceDownNote(iface, netif);
    const why = childError ? `${how}: ${childError.message}` : how;
    breakPort(
      new HardwareError(
        note
          ? `PLC interface ${iface} ${note}: raw capture stopped (${why})`
          : `raw capture on ${iface} stopped: ${why}`,
        note
          ? `piccs reopens it once the interface is up again; check the modem's cable or USB adapter (ip link show ${iface})`
          : `piccs reopens it while the interface is up; see the log for the capture process's last words`,
        { iface, code, signal, stderr: lastLine(stderrTail) },
      ),
    );
  });

  await new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
    const timeoutMs = opts.readyTimeoutMs ?? PCAP_READY_TIMEOUT_DEFAULT_MS;
    readyTimer = clock.setTimeout(() => {
      readyTimer = undefined;
      breakPort(new HardwareError(`capture process for '${iface}' not ready within ${timeoutMs} ms`, '', { iface }));
    }, timeoutMs);
  });
  settle = undefined;
  log.info({ iface, mac: formatMac(mac), filter, pid: child.pid }, 'pcap port open');

  return {
    mac,
    send(frame: Buffer) {
      if (state === 'closed') throw new HardwareError(`pcap port on '${iface}' is closed`);
      if (state === 'broken') throw broken as HardwareError;
      if (stdin.writableLength > PCAP_TX_QUEUE_MAX_BYTES) {
        throw new HardwareError(`send on '${iface}' failed: the capture process is not reading (queue full)`);
      }
      stdin.write(encodePipeMessage({ type: 'tx', frame }));
    },
    onFrame: (h) => fanout.add(h),
    onError(h) {
      errorHandlers.add(h);
      return () => {
        errorHandlers.delete(h);
      };
    },
    close() {
      if (state === 'closed') return;
      const wasRunning = state !== 'broken';
      state = 'closed';
      fanout.clear();
      errorHandlers.clear();
      if (readyTimer !== undefined) clock.clearTimeout(readyTimer);
      if (wasRunning) {
        // the child exits on end of stdin; SIGTERM as well in case it is stuck inside the addon
        stdin.end();
        child.kill('SIGTERM');
      }
    },
  };
}
