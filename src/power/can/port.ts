/**
 * The CAN port every transport provides (in-memory bus, SocketCAN, SLCAN) and every driver uses: send a frame,
 * listen to received frames, close. A port does not echo its own frames to its own listeners. Errors of the
 * transport (adapter unplugged, bus-off) go to `onError` listeners; drivers treat them like a silent bus.
 */

import type { CanFrame } from './frame.js';

export type CanListener = (frame: CanFrame) => void;

export interface CanPort {
  /** Queue one frame for transmission; throws only for a frame that is not valid classic CAN. */
  send(frame: CanFrame): void;
  /** Listen to received frames; returns the unsubscribe function. */
  onFrame(listener: CanListener): () => void;
  onError?(listener: (err: Error) => void): () => void;
  close(): Promise<void> | void;
}

/** A tap sees every frame a port sends ('tx') and receives ('rx'): the candump logger uses it. */
export type CanTap = (dir: 'tx' | 'rx', frame: CanFrame) => void;

/** Wrap a port so that `tap` sees its traffic; the wrapper is itself a CanPort. */
export function tappedPort(port: CanPort, tap: CanTap): CanPort {
  return {
    send(frame) {
      tap('tx', frame); // before sending: an in-memory bus answers synchronously
      port.send(frame);
    },
    onFrame(listener) {
      return port.onFrame((f) => {
        tap('rx', f);
        listener(f);
      });
    },
    ...(port.onError ? { onError: port.onError.bind(port) } : {}),
    close: () => port.close(),
  };
}
