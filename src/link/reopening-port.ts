/**
 * A link port that survives its attachment breaking: wraps a port factory (openPcapPort for the real roles), keeps
 * one EthernetPort face for the SLAC machines, forwards the current attachment's frames, and when the attachment
 * reports onError (the capture child died: interface down or removed) tells its own subscribers, then opens a new
 * attachment again: at once when reopen() is called (the role calls it when the carrier watcher sees the interface
 * up), else on a retry timer while canOpen() says the interface is usable.
 * While broken, send() throws the break's HardwareError (the SLAC machines log it and let their timers report).
 * Time from the injected Clock. Knows nothing about sessions or cap.
 */

import type { Clock, TimerHandle } from '../core/clock.js';
import { HardwareError } from '../core/errors.js';
import { type Log, silentLogger } from '../core/log.js';
import { type EthernetPort, FrameFanout } from './ports.js';

/** Retry interval while broken and nobody calls reopen(): slow enough not to churn processes on a dead link. */
export const REOPEN_RETRY_DEFAULT_MS = 1000;

export interface ReopeningPortOptions {
  /** Opens one attachment (throws HardwareError when it cannot). */
  open: () => Promise<EthernetPort>;
  clock: Clock;
  /** Whether a timed retry is worth trying now (default: always); e.g. "the interface's carrier is up". */
  canOpen?: () => boolean;
  retryMs?: number;
  log?: Log;
}

/** Called with the break's reason when the port breaks, and with undefined when it is open again. */
export type PortHealthHandler = (brokenReason: string | undefined) => void;

export class ReopeningPort implements EthernetPort {
  private current: EthernetPort | undefined;
  private detach: Array<() => void> = [];
  private readonly frames = new FrameFanout();
  private readonly errorHandlers = new Set<(err: HardwareError) => void>();
  private readonly healthHandlers = new Set<PortHealthHandler>();
  private lastMac: Buffer;
  private brokenBy: HardwareError | undefined;
  private opening: Promise<boolean> | undefined;
  private retryTimer: TimerHandle | undefined;
  private closed = false;
  private readonly log: Log;

  private constructor(
    private readonly opts: ReopeningPortOptions,
    first: EthernetPort,
  ) {
    this.log = opts.log ?? silentLogger();
    this.frames.onError = (err) => this.log.error({ err: (err as Error).message }, 'frame handler threw');
    this.lastMac = first.mac;
    this.attach(first);
  }

  /** Opens the first attachment; its failure is the caller's (the CLI shows the actionable error). */
  static async open(opts: ReopeningPortOptions): Promise<ReopeningPort> {
    return new ReopeningPort(opts, await opts.open());
  }

  get mac(): Buffer {
    return this.current?.mac ?? this.lastMac;
  }

  /** The break's error while broken, else undefined. */
  get broken(): HardwareError | undefined {
    return this.brokenBy;
  }

  send(frame: Buffer): void {
    if (this.closed) throw new HardwareError('link port is closed');
    if (!this.current) throw this.brokenBy ?? new HardwareError('link port is not open');
    this.current.send(frame);
  }

  onFrame(handler: (frame: Buffer) => void): () => void {
    return this.frames.add(handler);
  }

  onError(handler: (err: HardwareError) => void): () => void {
    this.errorHandlers.add(handler);
    return () => {
      this.errorHandlers.delete(handler);
    };
  }

  /** Every break (with its reason) and every successful reopen (undefined). */
  onHealth(handler: PortHealthHandler): () => void {
    this.healthHandlers.add(handler);
    return () => {
      this.healthHandlers.delete(handler);
    };
  }

  /** Opens a new attachment now if broken (no-op when open, closed, or already opening). Resolves whether open. */
  reopen(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.current) return Promise.resolve(true);
    this.opening ??= this.tryOpen().finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.cancelRetry();
    this.release();
    this.frames.clear();
    this.errorHandlers.clear();
    this.healthHandlers.clear();
  }

  private attach(port: EthernetPort): void {
    this.current = port;
    this.lastMac = port.mac;
    this.brokenBy = undefined;
    this.detach = [port.onFrame((f) => this.frames.emit(f))];
    const off = port.onError?.((err) => this.onBreak(port, err));
    if (off) this.detach.push(off);
  }

  private release(): void {
    for (const d of this.detach) d();
    this.detach = [];
    const p = this.current;
    this.current = undefined;
    p?.close();
  }

  private onBreak(port: EthernetPort, err: HardwareError): void {
    if (this.closed || port !== this.current) return;
    this.release();
    this.brokenBy = err;
    this.notify(this.errorHandlers, err);
    this.notify(this.healthHandlers, err.message);
    this.scheduleRetry();
  }

  private async tryOpen(): Promise<boolean> {
    this.cancelRetry();
    let port: EthernetPort;
    try {
      port = await this.opts.open();
    } catch (err) {
      if (!this.closed) {
        this.log.warn({ err: (err as Error).message }, 'link port reopen failed; retrying');
        this.scheduleRetry();
      }
      return false;
    }
    if (this.closed) {
      port.close();
      return false;
    }
    this.attach(port);
    this.log.info('link port reopened');
    this.notify(this.healthHandlers, undefined);
    return true;
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer !== undefined) return;
    this.retryTimer = this.opts.clock.setTimeout(() => {
      this.retryTimer = undefined;
      if (this.closed || this.current) return;
      if (this.opts.canOpen && !this.opts.canOpen()) this.scheduleRetry();
      else void this.reopen();
    }, this.opts.retryMs ?? REOPEN_RETRY_DEFAULT_MS);
  }

  private cancelRetry(): void {
    if (this.retryTimer !== undefined) this.opts.clock.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private notify<T>(handlers: Set<(v: T) => void>, v: T): void {
    for (const h of [...handlers]) {
      try {
        h(v);
      } catch (e) {
        this.log.error({ err: (e as Error).message }, 'link port handler threw');
      }
    }
  }
}
