/**
 * Link port: one raw Ethernet attachment (a real interface through libpcap, or a station on the
 * simulated powerline). Frames are whole Ethernet II frames without FCS. Knows no protocol.
 */

import type { HardwareError } from '../core/errors.js';

export type FrameHandler = (frame: Buffer) => void;

export interface EthernetPort {
  /** This host's MAC address (6 bytes): the source of every frame we send. */
  readonly mac: Buffer;
  /** Sends one whole frame (the caller pads it to the 60-byte minimum). Throws HardwareError when the link is gone. */
  send(frame: Buffer): void;
  /** Subscribes to received frames (never our own). Returns the unsubscribe function. */
  onFrame(handler: FrameHandler): () => void;
  /** Releases the attachment; later sends throw, handlers are dropped. Idempotent. */
  close(): void;
  /**
   * Subscribes to the attachment breaking on its own (not by close()): the capture process died, the interface went
   * down or was removed. From then on no frames arrive and send() throws, until a port that can recover (the app's
   * reopening port) reports it again after it came back. Handlers are called from the event loop, never throw into
   * it. Optional: ports that cannot break (the simulated powerline, test fakes) leave it out.
   */
  onError?(handler: (err: HardwareError) => void): () => void;
}

/** Fans frames out to handlers; adapters use it to implement onFrame. A throwing handler does not stop the others. */
export class FrameFanout {
  private handlers = new Set<FrameHandler>();
  onError: (err: unknown) => void = () => {};

  add(handler: FrameHandler): () => void {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  emit(frame: Buffer): void {
    for (const h of [...this.handlers]) {
      try {
        h(frame);
      } catch (err) {
        this.onError(err);
      }
    }
  }

  clear(): void {
    this.handlers.clear();
  }

  get size(): number {
    return this.handlers.size;
  }
}
