/**
 * Live listening: frames from a link port (cap on a real interface, or any EthernetPort) go through the same
 * ListenDecoder as a capture file, are optionally recorded to a pcap as they arrive, and the timeline is
 * written as it grows. A one-second tick lets lost-segment timeouts and the "only broadcasts" notice fire
 * while the line is quiet. `stop()` flushes everything and writes the summary.
 * Time comes from the injected clock (timers) and `nowUs` (wall-clock capture timestamps).
 */

import type { Clock, TimerHandle } from '../core/clock.js';
import type { EthernetPort } from '../link/ports.js';
import { ListenDecoder, type ListenOptions } from './decoder.js';
import type { Summary } from './events.js';
import type { TimelineWriter } from './output.js';

/** How often the live listener lets time pass in the decoder. */
export const LIVE_TICK_MS = 1000;

export interface FrameRecorder {
  append(frame: { tsUs: number; data: Uint8Array }): void;
  close(): void;
}

export interface LiveOptions extends ListenOptions {
  port: Pick<EthernetPort, 'onFrame' | 'close'>;
  clock: Clock;
  /** Wall-clock time in microseconds since the epoch (capture timestamps). */
  nowUs: () => number;
  writer: TimelineWriter;
  recorder?: FrameRecorder;
}

export class LiveListener {
  private readonly decoder: ListenDecoder;
  private unsubscribe: (() => void) | undefined;
  private timer: TimerHandle | undefined;
  private stopped = false;
  frames = 0;

  constructor(private readonly opts: LiveOptions) {
    this.decoder = new ListenDecoder(opts);
  }

  start(): void {
    this.unsubscribe = this.opts.port.onFrame((data) => this.onFrame(data));
    this.schedule();
  }

  private schedule(): void {
    this.timer = this.opts.clock.setTimeout(() => {
      if (this.stopped) return;
      this.opts.writer.events(this.decoder.tick(this.opts.nowUs()));
      this.schedule();
    }, LIVE_TICK_MS);
  }

  private onFrame(data: Buffer): void {
    if (this.stopped) return;
    const tsUs = this.opts.nowUs();
    this.frames++;
    this.opts.recorder?.append({ tsUs, data });
    this.opts.writer.events(this.decoder.push({ tsUs, data }));
  }

  /** Stops listening, closes the port and the recording, writes and returns the summary. Idempotent. */
  stop(): Summary | undefined {
    if (this.stopped) return undefined;
    this.stopped = true;
    if (this.timer !== undefined) this.opts.clock.clearTimeout(this.timer);
    this.unsubscribe?.();
    this.opts.port.close();
    this.opts.recorder?.close();
    const end = this.decoder.finish();
    this.opts.writer.events(end.events);
    this.opts.writer.summary(end.summary);
    return end.summary;
  }
}
