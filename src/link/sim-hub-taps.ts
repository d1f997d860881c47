/**
 * Frame taps of the simulated powerline (sim-hub.ts): who sees every frame a host or modem sends, with the
 * simulated time, and the tap that records them into a pcap writer (`piccs sim --pcap FILE`, benchmarks).
 * Knows nothing about delivery, modems or faults.
 */

import type { PcapOutFrame } from '../capture/pcap-writer.js';

export interface TapRecord {
  /** Simulated time (clock.now()) in ms. */
  timeMs: number;
  frame: Buffer;
  /** Who put the frame on its way: a station name, or `<name>.modem`. */
  origin: string;
}

export class FrameTaps {
  private readonly taps = new Set<(r: TapRecord) => void>();

  /** Adds a tap; returns its remover. */
  add(fn: (r: TapRecord) => void): () => void {
    this.taps.add(fn);
    return () => {
      this.taps.delete(fn);
    };
  }

  record(r: TapRecord): void {
    for (const t of this.taps) t(r);
  }
}

/**
 * A tap writing every frame to a pcap writer (capture/pcap-writer.ts PcapFileWriter), stamped with the simulated
 * time plus `epochUs` (0: Wireshark shows time from 1970).
 */
export function pcapTap(writer: { append(frame: PcapOutFrame): void }, epochUs: number): (r: TapRecord) => void {
  return (r) => writer.append({ tsUs: epochUs + Math.round(r.timeMs * 1000), data: r.frame });
}
