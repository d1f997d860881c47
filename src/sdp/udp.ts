/**
 * UDP over IPv6 for SDP: a small datagram port and its node:dgram implementation. Link-local details follow
 * node-stack.md §2: `udp6` with ipv6Only, zones as `%ifname` (names, never numbers), multicast interface set with
 * `::%ifname`, and rinfo.address already carrying the zone so a reply can go straight back to it.
 * Knows nothing about SDP messages.
 */

import { createSocket, type Socket } from 'node:dgram';

export interface DatagramPeer {
  /** source address, with `%zone` for link-local sources */
  address: string;
  port: number;
}

/** What the SDP server and client need from a UDP socket (a fake in unit tests). */
export interface DatagramSocket {
  readonly localPort: number;
  send(buf: Buffer, port: number, address: string): Promise<void>;
  onMessage(fn: (buf: Buffer, from: DatagramPeer) => void): void;
  onError(fn: (err: Error) => void): void;
  close(): Promise<void>;
}

export interface Udp6Options {
  /** local port (0 = ephemeral) */
  port: number;
  /** local address (default '::') */
  address?: string;
  /** interface name for outgoing multicast (`setMulticastInterface('::%iface')`) */
  multicastInterface?: string;
  /** deliver own multicast back to this host (default false) */
  multicastLoopback?: boolean;
  /** SO_REUSEADDR, so a restarted server can rebind at once (default true) */
  reuseAddr?: boolean;
}

class NodeUdp6Socket implements DatagramSocket {
  private closed = false;
  constructor(private readonly sock: Socket) {}

  get localPort(): number {
    return this.sock.address().port;
  }

  send(buf: Buffer, port: number, address: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.sock.send(buf, port, address, (err) => (err ? reject(err) : resolve()));
    });
  }

  onMessage(fn: (buf: Buffer, from: DatagramPeer) => void): void {
    this.sock.on('message', (msg, rinfo) => fn(msg, { address: rinfo.address, port: rinfo.port }));
  }

  onError(fn: (err: Error) => void): void {
    this.sock.on('error', fn);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return new Promise((resolve) => this.sock.close(() => resolve()));
  }
}

/** Open and bind a udp6 socket (IPv6 only). Rejects with the bind error (EADDRINUSE, EACCES...). */
export function openUdp6(opts: Udp6Options): Promise<DatagramSocket> {
  const sock = createSocket({ type: 'udp6', ipv6Only: true, reuseAddr: opts.reuseAddr ?? true });
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      sock.close();
      reject(err);
    };
    sock.once('error', onError);
    sock.bind({ port: opts.port, address: opts.address ?? '::' }, () => {
      sock.off('error', onError);
      try {
        if (opts.multicastInterface) {
          sock.setMulticastInterface(`::%${opts.multicastInterface}`);
          // link-local multicast never leaves the link anyway; 1 keeps it obvious
          sock.setMulticastTTL(1);
        }
        sock.setMulticastLoopback(opts.multicastLoopback ?? false);
      } catch (err) {
        sock.close();
        reject(err);
        return;
      }
      resolve(new NodeUdp6Socket(sock));
    });
  });
}
