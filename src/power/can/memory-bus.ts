/**
 * An in-memory CAN bus for the simulation and tests: every attached port sees every frame sent by the others
 * (a real bus is a broadcast medium), in send order. Delivery is synchronous but never re-entrant: a frame sent
 * while another is being delivered is queued behind it, so a device answering inside its listener cannot recurse.
 * The bus can be told to drop everything a given node sends (a module that went silent, a cut bus).
 */

import { type CanFrame, checkFrame } from './frame.js';
import type { CanListener, CanPort } from './port.js';

interface Node {
  name: string;
  listeners: Set<CanListener>;
  muted: boolean;
}

export class MemoryCanBus {
  private readonly nodes = new Set<Node>();
  private readonly queue: { from: Node; frame: CanFrame }[] = [];
  private delivering = false;
  /** Frames carried so far (all nodes). */
  framesCarried = 0;

  attach(name: string): CanPort & { setMuted(m: boolean): void; readonly name: string } {
    const node: Node = { name, listeners: new Set(), muted: false };
    this.nodes.add(node);
    return {
      name,
      send: (frame) => this.send(node, checkFrame(frame)),
      onFrame: (l) => {
        node.listeners.add(l);
        return () => node.listeners.delete(l);
      },
      setMuted: (m) => {
        node.muted = m;
      },
      close: () => {
        node.listeners.clear();
        this.nodes.delete(node);
      },
    };
  }

  private send(from: Node, frame: CanFrame): void {
    if (from.muted || !this.nodes.has(from)) return;
    this.queue.push({ from, frame: { ...frame, data: Uint8Array.from(frame.data) } });
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let q = this.queue.shift(); q; q = this.queue.shift()) {
        this.framesCarried++;
        for (const n of this.nodes) {
          if (n === q.from) continue;
          for (const l of [...n.listeners]) l(q.frame);
        }
      }
    } finally {
      this.delivering = false;
      this.queue.length = 0;
    }
  }
}
