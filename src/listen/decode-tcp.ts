/**
 * TCP over IPv6 -> connections: per-connection, per-direction reassembly (tcp-stream.ts) and V2GTP splitting
 * (v2gtp-splitter.ts), `tcp` timeline events (connect, reset, close, retransmission, out-of-order, lost and
 * skipped bytes), and which side of a connection is the EV (the client) or the EVSE. Complete V2GTP messages go
 * to `onMessage` (decode-v2g.ts); this file does not look inside them.
 * Each segment's checksum is verified over the IPv6 pseudo-header: one with a wrong checksum is flagged and left
 * out of the reassembly, as the receiver's kernel drops it (its retransmission then carries the data).
 */

import { formatMac } from '../core/bytes.js';
import { hex16, verifyTransportChecksum6 } from '../net/checksum.js';
import { IPPROTO_TCP } from '../net/ipv6.js';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN, tcpFlagsText } from '../net/tcp.js';
import { formatIpv6 } from '../sdp/ipv6.js';
import type { V2gConnState } from './conn-state.js';
import type { Dissected } from './dissect.js';
import type { TcpEvent } from './events.js';
import { directionOf, type Role } from './roles.js';
import { type StreamNote, TcpStream } from './tcp-stream.js';
import type { Timeline } from './timeline.js';
import { V2gtpSplitter } from './v2gtp-splitter.js';

/** One direction of a connection; `ep` is the sender's `ip|port`. */
export interface DirState {
  stream: TcpStream;
  splitter: V2gtpSplitter;
  ep: string;
  ip: string;
  mac: string;
}

/** One TCP connection (1-based `id` in capture order), with the V2G state that rides on it (decode-v2g.ts). */
export interface Conn extends V2gConnState {
  id: number;
  client?: string;
  dirs: Map<string, DirState>;
  closed: boolean;
  reset: boolean;
}

export type V2gtpMessageSink = (c: Conn, ds: DirState, payloadType: number, payload: Buffer, tsUs: number) => void;

export class TcpDecoder {
  private readonly conns = new Map<string, Conn>();
  /** Every connection seen, in order (a reused 4-tuple starts a new one). */
  readonly all: Conn[] = [];
  private readonly ipCache = new Map<string, string>();

  constructor(
    private readonly t: Timeline,
    private readonly onMessage: V2gtpMessageSink,
  ) {}

  onSegment(d: Extract<Dissected, { kind: 'tcp6' }>, tsUs: number): void {
    const { tcp } = d;
    const srcIp = this.ipText(d.ip.src);
    const dstIp = this.ipText(d.ip.dst);
    const src = `${srcIp}|${tcp.srcPort}`;
    const dst = `${dstIp}|${tcp.dstPort}`;
    const key = src < dst ? `${src}-${dst}` : `${dst}-${src}`;
    const check = verifyTransportChecksum6(d.ip.src, d.ip.dst, IPPROTO_TCP, d.ip.payload, d.ip.truncated);
    if (check.status === 'bad') {
      // the receiver's kernel drops it: not part of the stream it sees
      const flags = tcpFlagsText(tcp.flags);
      this.t.emit({
        type: 'tcp',
        t: this.t.rel(tsUs),
        frame: this.t.frameNo,
        conn: this.conns.get(key)?.id ?? 0,
        what: 'bad-checksum',
        dir: directionOf(this.t.roles.ip(srcIp)),
        src: endpointText(src),
        dst: endpointText(dst),
        bytes: tcp.payload.length,
        reason: `segment${flags ? ` [${flags}]` : ''} dropped by the receiver`,
        flags: [`TCP checksum wrong (${hex16(check.got)}, should be ${hex16(check.expected)})`],
      });
      return;
    }
    const isSyn = (tcp.flags & TCP_SYN) !== 0 && (tcp.flags & TCP_ACK) === 0;
    let conn = this.conns.get(key);
    const srcDir = conn?.dirs.get(src);
    // A SYN with a new ISN on a closed (or reused) 4-tuple starts a new connection.
    if (conn && isSyn && (conn.closed || (srcDir?.stream.isn !== undefined && srcDir.stream.isn !== tcp.seq))) {
      conn = undefined;
    }
    if (!conn) {
      // the V2G state starts empty: no handshake seen, nothing pending (decode-v2g.ts fills it)
      conn = {
        id: this.all.length + 1,
        dirs: new Map(),
        handshakeSeen: false,
        pending: new Map(),
        closed: false,
        reset: false,
      };
      this.conns.set(key, conn);
      this.all.push(conn);
    }
    const c = conn;
    const dir = this.dirState(c, src, srcIp, d.eth.src);
    if (isSyn && c.client === undefined) {
      c.client = src;
      this.t.roles.learnIp(srcIp, 'EV');
      this.emitTcp(c, src, dst, tsUs, 'connect', {});
    }
    if (tcp.flags & TCP_RST) {
      c.reset = true;
      c.closed = true;
      this.emitTcp(c, src, dst, tsUs, 'reset', { flags: ['TCP reset'] });
    }
    this.onNotes(c, dir, dir.stream.push({ seq: tcp.seq, flags: tcp.flags, payload: tcp.payload, tsUs }));
    if (tcp.flags & TCP_ACK) {
      const peer = c.dirs.get(dst);
      if (peer) this.onNotes(c, peer, peer.stream.peerAck(tcp.ack, tsUs));
    }
    if (tcp.flags & TCP_RST) {
      for (const ds of c.dirs.values()) this.onNotes(c, ds, ds.stream.flush(tsUs));
    }
    if (tcp.flags & TCP_FIN && [...c.dirs.values()].every((x) => x.stream.finished) && c.dirs.size === 2) {
      c.closed = true;
    }
  }

  /** Live mode: give up on gaps older than STREAM_GAP_TIMEOUT_US in every open connection. */
  expireGaps(nowUs: number): void {
    for (const conn of this.all) {
      if (conn.closed) continue;
      for (const dir of conn.dirs.values()) this.onNotes(conn, dir, dir.stream.expireGaps(nowUs));
    }
  }

  /** End of input for one connection: held data and gaps not filled. */
  flush(conn: Conn, atUs: number): void {
    for (const dir of conn.dirs.values()) this.onNotes(conn, dir, dir.stream.flush(atUs));
  }

  /** IPv6 address text, cached: a session has a handful of addresses and every segment needs them. */
  private ipText(addr: Buffer): string {
    const key = addr.toString('latin1');
    let t = this.ipCache.get(key);
    if (t === undefined) {
      // bounded: garbage input must not grow the cache without limit
      if (this.ipCache.size >= 1024) this.ipCache.clear();
      t = formatIpv6(addr);
      this.ipCache.set(key, t);
    }
    return t;
  }

  private dirState(c: Conn, ep: string, ip: string, mac: Buffer): DirState {
    let ds = c.dirs.get(ep);
    if (!ds) {
      ds = { stream: new TcpStream(), splitter: new V2gtpSplitter(), ep, ip, mac: formatMac(mac) };
      c.dirs.set(ep, ds);
    }
    return ds;
  }

  private emitTcp(
    c: Conn,
    src: string,
    dst: string,
    tsUs: number,
    what: TcpEvent['what'],
    extra: Partial<TcpEvent>,
  ): void {
    const ds = c.dirs.get(src);
    const role = ds ? connRole(this.t, c, src, ds.ip, ds.mac) : undefined;
    this.t.emit({
      type: 'tcp',
      t: this.t.rel(tsUs),
      frame: this.t.frameNo,
      conn: c.id,
      what,
      dir: directionOf(role),
      src: endpointText(src),
      dst: endpointText(dst),
      ...extra,
    });
  }

  private onNotes(c: Conn, ds: DirState, notes: StreamNote[]): void {
    const counts = this.t.counts;
    for (const n of notes) {
      const peer = peerOf(c, ds.ep);
      switch (n.kind) {
        case 'data':
          for (const m of ds.splitter.push(n.data, n.tsUs, n.afterGap)) {
            if (m.kind === 'message') this.onMessage(c, ds, m.payloadType, m.payload, m.tsUs);
            else
              this.emitTcp(c, ds.ep, peer, m.tsUs, 'skipped', {
                bytes: m.bytes,
                reason: m.reason,
                flags: ['bytes skipped'],
              });
          }
          break;
        case 'retransmission':
          counts.retransmissions++;
          this.emitTcp(c, ds.ep, peer, n.tsUs, 'retransmission', { bytes: n.bytes, flags: ['TCP retransmission'] });
          break;
        case 'overlap':
          counts.retransmissions++;
          this.emitTcp(c, ds.ep, peer, n.tsUs, 'retransmission', {
            bytes: n.bytes,
            reason: 'overlapping segment',
            flags: ['TCP retransmission (overlap)'],
          });
          break;
        case 'out-of-order':
          this.emitTcp(c, ds.ep, peer, n.tsUs, 'out-of-order', { bytes: n.bytes });
          break;
        case 'lost':
          counts.lostBytes += n.bytes;
          this.emitTcp(c, ds.ep, peer, n.tsUs, 'lost', {
            bytes: n.bytes,
            reason: n.reason,
            flags: [`${n.bytes} byte(s) not in the capture (${n.reason})`],
          });
          break;
        case 'fin':
          this.emitTcp(c, ds.ep, peer, n.tsUs, 'close', {});
          break;
      }
    }
  }
}

/** EV or EVSE for the sender `ep` of connection `c`: the client is the EV, else the SDP-announced SECC, else
 * what the role book learnt about the sender's MAC or IP. */
export function connRole(t: Timeline, c: Conn, ep: string, ip: string, mac: string): Role | undefined {
  if (c.client !== undefined) return ep === c.client ? 'EV' : 'EVSE';
  if (t.seccEndpoint !== undefined) {
    const peer = [...c.dirs.keys()].find((k) => k !== ep);
    if (ep === t.seccEndpoint) return 'EVSE';
    if (peer === t.seccEndpoint) return 'EV';
  }
  return t.roles.mac(mac) ?? t.roles.ip(ip);
}

/** The other endpoint of connection `c` ('?' before it was seen). */
export function peerOf(c: Conn, ep: string): string {
  return [...c.dirs.keys()].find((k) => k !== ep) ?? '?';
}

function endpointText(ep: string): string {
  const [ip, port] = ep.split('|');
  return `[${ip}]:${port}`;
}
