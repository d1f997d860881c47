/**
 * The listener's decoder: captured Ethernet frames in, timeline events out. The same code serves
 * `piccs decode FILE` and `piccs listen --iface IF` (push frames as they come, then finish()).
 *
 * Per frame: dissect -> HomePlug MME (named by slac/), SDP (sdp/ codec), or TCP: per-connection, per-direction
 * reassembly (tcp-stream.ts) -> V2GTP messages (v2gtp-splitter.ts) -> EXI documents (exi-hook.ts; AppHandshake
 * first on each connection, then the negotiated schema). Roles (EV/EVSE) are inferred from the messages.
 * Anomalies become `flags` on the event concerned. Malformed frames become `malformed` events; decoding goes on.
 */

import { formatMac, toHex } from '../core/bytes.js';
import { DecodeError } from '../core/errors.js';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../net/tcp.js';
import { formatIpv6 } from '../sdp/ipv6.js';
import { decodeSdpDatagram, SDP_SERVER_PORT, sdpSecurityName, sdpTransportName } from '../sdp/sdp.js';
import { PayloadType, payloadTypeName } from '../v2gtp/header.js';
import { type Dissected, dissect } from './dissect.js';
import type { Direction, HomePlugEvent, SdpEvent, Summary, TcpEvent, TimelineEvent, V2gEvent } from './events.js';
import { type ExiDecodeFn, type ExiSchema, projectExiDecoder } from './exi-hook.js';
import { describeMme } from './homeplug-hook.js';
import { msgTimeoutMs, SDP_RESPONSE_WAIT_MS, TT_MATCH_RESPONSE_MS, V2G_SECC_SEQUENCE_TIMEOUT_MS } from './limits.js';
import { directionOf, MMTYPE_SLAC_MATCH_CNF, type Role, RoleBook, slacSenderRole } from './roles.js';
import { SessionTracker } from './sessions.js';
import { type StreamNote, TcpStream } from './tcp-stream.js';
import {
  baseName,
  isRequest,
  isResponse,
  keyValues,
  messageOf,
  negotiatedSchema,
  offeredProtocols,
  sessionIdOf,
  valueFlags,
} from './v2g-doc.js';
import { V2gtpSplitter } from './v2gtp-splitter.js';

/** pyPLC logs over UDP syslog (IPv4 broadcast, port 514) into its own captures (pyplc-notes.md). */
const SYSLOG_PORT = 514;
/** Payload types that carry ISO 15118-20 main-stream EXI (the SAP handshake is 0x8001). */
const ISO20_PAYLOAD_TYPES = new Set<number>([
  PayloadType.ISO20_MAIN,
  PayloadType.ISO20_AC_MAIN,
  PayloadType.ISO20_DC_MAIN,
  PayloadType.ISO20_ACDP_MAIN,
  PayloadType.ISO20_WPT_MAIN,
  PayloadType.ISO20_SCHEDULE_RENEGOTIATION,
  PayloadType.ISO20_METERING_CONFIRMATION,
  PayloadType.ISO20_ACDP_SYSTEM_STATUS,
  PayloadType.ISO20_PARKING_STATUS,
]);
/** After SLAC matched or the EV asked for the SECC, V2G unicast should appear within seconds (SDP + TCP setup). */
export const BROADCAST_ONLY_NOTICE_US = 10_000_000;
export const BROADCAST_ONLY_TEXT =
  'only broadcast/multicast frames visible: the modem does not forward unicast, so V2G (TCP) cannot be seen from here';
/** Schemas tried for a 0x8001 payload when the expected one fails (capture started mid-session). */
const FALLBACK_SCHEMAS: ExiSchema[] = ['din', 'iso2', 'apphand'];

export interface ListenOptions {
  /** EXI decoder; defaults to the project's codec when available. Pass `null` to show hex only. */
  exi?: ExiDecodeFn | null;
  /** Emit pyPLC's UDP syslog lines as note events (default: counted only). */
  syslog?: boolean;
}

export interface FrameIn {
  tsUs: number;
  data: Buffer;
}

interface DirState {
  stream: TcpStream;
  splitter: V2gtpSplitter;
  ep: string;
  ip: string;
  mac: string;
}

interface Conn {
  id: number;
  client?: string;
  dirs: Map<string, DirState>;
  schema?: ExiSchema;
  offer?: Map<number, string>;
  handshakeSeen: boolean;
  sessionId?: string;
  pending: Map<string, number>;
  lastResponseUs?: number;
  closed: boolean;
  reset: boolean;
}

export class ListenDecoder {
  private readonly exi: ExiDecodeFn | undefined;
  private readonly syslog: boolean;
  private readonly roles = new RoleBook();
  private readonly conns = new Map<string, Conn>();
  private readonly allConns: Conn[] = [];
  private readonly sessions = new SessionTracker();
  private seccEndpoint: string | undefined;
  private firstUs: number | undefined;
  private lastUs = 0;
  private frameNo = 0;
  private sdpPendingUs: number | undefined;
  private sdpUnanswered = 0;
  private slacPending = new Map<number, number>();
  private unicastIpSeen = false;
  /** Capture time of the first SDP request or SLAC match: from then on V2G unicast is expected. */
  private expectUnicastSinceUs: number | undefined;
  private broadcastNoted = false;
  private readonly counts = {
    homeplug: 0,
    sdpReq: 0,
    sdpRes: 0,
    v2g: 0,
    v2gDecoded: 0,
    retransmissions: 0,
    lostBytes: 0,
    malformed: 0,
    syslog: 0,
    anomalies: 0,
  };
  private out: TimelineEvent[] = [];
  private readonly ipCache = new Map<string, string>();

  constructor(opts: ListenOptions = {}) {
    this.exi = opts.exi === null ? undefined : (opts.exi ?? projectExiDecoder);
    this.syslog = opts.syslog ?? false;
  }

  /** Decode one frame; returns the events it completed (possibly none). */
  push(frame: FrameIn): TimelineEvent[] {
    this.out = [];
    this.frameNo++;
    if (this.firstUs === undefined) this.firstUs = frame.tsUs;
    this.lastUs = Math.max(this.lastUs, frame.tsUs);
    let d: Dissected;
    try {
      d = dissect(frame.data);
    } catch (err) {
      this.malformed(frame.tsUs, 'frame', err);
      return this.out;
    }
    try {
      switch (d.kind) {
        case 'homeplug':
          this.onHomePlug(d, frame.data, frame.tsUs);
          break;
        case 'udp6':
          this.noteUnicast(d.eth.dst);
          if (d.udp.srcPort === SDP_SERVER_PORT || d.udp.dstPort === SDP_SERVER_PORT) this.onSdp(d, frame.tsUs);
          break;
        case 'tcp6':
          this.noteUnicast(d.eth.dst);
          this.onTcp(d, frame.tsUs);
          break;
        case 'udp4':
          if (d.udp.dstPort === SYSLOG_PORT) this.onSyslog(d.udp.payload, frame.tsUs);
          else this.noteUnicast(d.eth.dst);
          break;
        case 'icmp6':
        case 'ip6-other':
        case 'ip4-other':
          this.noteUnicast(d.eth.dst);
          break;
        default:
          break;
      }
    } catch (err) {
      this.malformed(frame.tsUs, d.kind, err);
    }
    return this.out;
  }

  /**
   * Live mode only (about once a second, with the current capture-clock time): expires TCP gaps older than
   * STREAM_GAP_TIMEOUT_US and says so once when, BROADCAST_ONLY_NOTICE_US after SLAC matched or SDP started, still
   * no unicast frame was seen. A capture file is judged at its end instead (finish), where the whole file is known.
   */
  tick(nowUs: number): TimelineEvent[] {
    this.out = [];
    this.lastUs = Math.max(this.lastUs, nowUs);
    for (const conn of this.allConns) {
      if (conn.closed) continue;
      for (const dir of conn.dirs.values()) this.onNotes(conn, dir, dir.stream.expireGaps(nowUs), nowUs);
    }
    this.checkBroadcastOnly(nowUs);
    return this.out;
  }

  private checkBroadcastOnly(nowUs: number): void {
    if (this.broadcastNoted || this.unicastIpSeen || this.expectUnicastSinceUs === undefined) return;
    if (nowUs - this.expectUnicastSinceUs < BROADCAST_ONLY_NOTICE_US) return;
    this.broadcastNoted = true;
    this.emitNote(nowUs, BROADCAST_ONLY_TEXT, ['only broadcasts visible']);
  }

  /** End of input: flush every TCP stream (held data, lost gaps), emit closing notes and the summary. */
  finish(): { events: TimelineEvent[]; summary: Summary } {
    this.out = [];
    for (const conn of this.allConns) {
      for (const dir of conn.dirs.values()) this.onNotes(conn, dir, dir.stream.flush(this.lastUs), this.lastUs);
      for (const [base, tsUs] of conn.pending) {
        this.emitNote(tsUs, `no response to ${base}Req on connection ${conn.id}`, [`${base}Req without response`]);
      }
      conn.pending.clear();
    }
    const broadcastOnly = this.counts.homeplug + this.counts.sdpReq > 0 && !this.unicastIpSeen;
    if (broadcastOnly && !this.broadcastNoted) {
      this.broadcastNoted = true;
      this.emitNote(this.lastUs, BROADCAST_ONLY_TEXT, ['only broadcasts visible']);
    }
    const summary: Summary = {
      type: 'summary',
      frames: this.frameNo,
      durationS: this.rel(this.lastUs),
      homeplug: this.counts.homeplug,
      sdpCounts: { req: this.counts.sdpReq, res: this.counts.sdpRes },
      v2g: this.counts.v2g,
      v2gDecoded: this.counts.v2gDecoded,
      connections: this.allConns.length,
      retransmissions: this.counts.retransmissions,
      lostBytes: this.counts.lostBytes,
      malformed: this.counts.malformed,
      syslog: this.counts.syslog,
      anomalies: this.counts.anomalies,
      broadcastOnly,
      sessions: this.sessions.finish(this.roles),
    };
    return { events: this.out, summary };
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  private rel(tsUs: number): number {
    return Math.round(tsUs - (this.firstUs ?? tsUs)) / 1e6;
  }

  private emit(ev: TimelineEvent): void {
    if (ev.flags && ev.flags.length === 0) delete ev.flags;
    if (ev.flags) this.counts.anomalies += ev.flags.length;
    this.sessions.add(ev);
    this.out.push(ev);
  }

  private emitNote(tsUs: number, text: string, flags: string[]): void {
    this.emit({ type: 'note', t: this.rel(tsUs), frame: this.frameNo, text, flags });
  }

  private malformed(tsUs: number, layer: string, err: unknown): void {
    if (!(err instanceof DecodeError)) throw err;
    this.counts.malformed++;
    this.emit({
      type: 'malformed',
      t: this.rel(tsUs),
      frame: this.frameNo,
      layer,
      error: err.message,
      flags: ['malformed'],
    });
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

  private noteUnicast(dstMac: Buffer): void {
    if ((dstMac[0]! & 1) === 0) this.unicastIpSeen = true;
  }

  private roleOfMac(mac: string): Role | undefined {
    return this.roles.mac(mac);
  }

  // --- HomePlug -------------------------------------------------------------------------------------------------

  private onHomePlug(d: Extract<Dissected, { kind: 'homeplug' }>, frame: Buffer, tsUs: number): void {
    this.counts.homeplug++;
    const { mmtype, mmv } = d.hp;
    const src = formatMac(d.eth.src);
    const dst = formatMac(d.eth.dst);
    const senderRole = slacSenderRole(mmtype);
    if (senderRole) this.roles.learnMac(src, senderRole);
    const view = describeMme(mmtype, frame);
    if (mmtype === MMTYPE_SLAC_MATCH_CNF) this.expectUnicastSinceUs ??= tsUs;
    const ev: HomePlugEvent = {
      type: 'homeplug',
      t: this.rel(tsUs),
      frame: this.frameNo,
      mmtype,
      name: view.name,
      mmv,
      src,
      dst,
      dir: directionOf(senderRole ?? this.roleOfMac(src)),
      flags: [],
    };
    if (view.fields) ev.fields = view.fields;
    if (view.error) {
      this.counts.malformed++;
      ev.flags!.push(`malformed MME: ${view.error}`);
    }
    // Request/confirm pairing for latency and retries: REQ = base | 0, CNF = base | 1 (HomePlug MMTYPE modes).
    const base = mmtype & ~3;
    const mode = mmtype & 3;
    if (senderRole && mode === 0) {
      if (this.slacPending.has(base)) ev.flags!.push(`${view.name} repeated (no confirmation to the previous one)`);
      this.slacPending.set(base, tsUs);
    } else if (senderRole && mode === 1) {
      const reqUs = this.slacPending.get(base);
      if (reqUs !== undefined) {
        const ms = (tsUs - reqUs) / 1000;
        ev.latencyMs = round3(ms);
        if (ms > TT_MATCH_RESPONSE_MS) ev.flags!.push(`confirmation after ${Math.round(ms)} ms (> TT_match_response)`);
        this.slacPending.delete(base);
      }
    }
    this.emit(ev);
  }

  // --- SDP ------------------------------------------------------------------------------------------------------

  private onSdp(d: Extract<Dissected, { kind: 'udp6' }>, tsUs: number): void {
    const srcIp = formatIpv6(d.ip.src);
    const srcMac = formatMac(d.eth.src);
    let msg: ReturnType<typeof decodeSdpDatagram>;
    try {
      msg = decodeSdpDatagram(d.udp.payload);
    } catch (err) {
      this.malformed(tsUs, 'sdp', err);
      return;
    }
    const role: Role = msg.kind === 'req' ? 'EV' : 'EVSE';
    this.roles.learnMac(srcMac, role);
    this.roles.learnIp(srcIp, role);
    const ev: SdpEvent = {
      type: 'sdp',
      t: this.rel(tsUs),
      frame: this.frameNo,
      sdp: msg.kind,
      name: msg.kind === 'req' ? 'SDP request' : 'SDP response',
      src: `[${srcIp}]:${d.udp.srcPort}`,
      dst: `[${formatIpv6(d.ip.dst)}]:${d.udp.dstPort}`,
      dir: directionOf(role),
      security: sdpSecurityName(msg.security),
      transport: sdpTransportName(msg.transport),
      flags: [],
    };
    if (msg.kind === 'req') {
      this.counts.sdpReq++;
      this.expectUnicastSinceUs ??= tsUs;
      if (this.sdpPendingUs !== undefined) {
        this.sdpUnanswered++;
        ev.flags!.push(`SDP request repeated (${this.sdpUnanswered} without response)`);
      }
      this.sdpPendingUs = tsUs;
    } else {
      this.counts.sdpRes++;
      ev.address = msg.address;
      ev.port = msg.port;
      this.seccEndpoint = `${msg.address}|${msg.port}`;
      this.roles.learnIp(msg.address, 'EVSE');
      if (this.sdpPendingUs !== undefined) {
        const ms = (tsUs - this.sdpPendingUs) / 1000;
        ev.latencyMs = round3(ms);
        if (ms > SDP_RESPONSE_WAIT_MS) ev.flags!.push(`SDP response after ${Math.round(ms)} ms (> 250 ms [V2G2-159])`);
      }
      this.sdpPendingUs = undefined;
      this.sdpUnanswered = 0;
    }
    this.emit(ev);
  }

  private onSyslog(payload: Buffer, tsUs: number): void {
    this.counts.syslog++;
    if (!this.syslog) return;
    const text = payload.toString('latin1').replace(/[\r\n]+$/, '');
    this.emit({ type: 'note', t: this.rel(tsUs), frame: this.frameNo, text: `syslog: ${text}` });
  }

  // --- TCP ------------------------------------------------------------------------------------------------------

  private onTcp(d: Extract<Dissected, { kind: 'tcp6' }>, tsUs: number): void {
    const { tcp } = d;
    const srcIp = this.ipText(d.ip.src);
    const dstIp = this.ipText(d.ip.dst);
    const src = `${srcIp}|${tcp.srcPort}`;
    const dst = `${dstIp}|${tcp.dstPort}`;
    const key = src < dst ? `${src}-${dst}` : `${dst}-${src}`;
    const isSyn = (tcp.flags & TCP_SYN) !== 0 && (tcp.flags & TCP_ACK) === 0;
    let conn = this.conns.get(key);
    const srcDir = conn?.dirs.get(src);
    // A SYN with a new ISN on a closed (or reused) 4-tuple starts a new connection.
    if (conn && isSyn && (conn.closed || (srcDir?.stream.isn !== undefined && srcDir.stream.isn !== tcp.seq))) {
      conn = undefined;
    }
    if (!conn) {
      conn = {
        id: this.allConns.length + 1,
        dirs: new Map(),
        handshakeSeen: false,
        pending: new Map(),
        closed: false,
        reset: false,
      };
      this.conns.set(key, conn);
      this.allConns.push(conn);
    }
    const c = conn;
    const dir = this.dirState(c, src, srcIp, d.eth.src);
    if (isSyn && c.client === undefined) {
      c.client = src;
      this.roles.learnIp(srcIp, 'EV');
      this.emitTcp(c, src, dst, tsUs, 'connect', {});
    }
    if (tcp.flags & TCP_RST) {
      c.reset = true;
      c.closed = true;
      this.emitTcp(c, src, dst, tsUs, 'reset', { flags: ['TCP reset'] });
    }
    this.onNotes(c, dir, dir.stream.push({ seq: tcp.seq, flags: tcp.flags, payload: tcp.payload, tsUs }), tsUs);
    if (tcp.flags & TCP_ACK) {
      const peer = c.dirs.get(dst);
      if (peer) this.onNotes(c, peer, peer.stream.peerAck(tcp.ack, tsUs), tsUs);
    }
    if (tcp.flags & TCP_RST) {
      for (const ds of c.dirs.values()) this.onNotes(c, ds, ds.stream.flush(tsUs), tsUs);
    }
    if (tcp.flags & TCP_FIN && [...c.dirs.values()].every((x) => x.stream.finished) && c.dirs.size === 2) {
      c.closed = true;
    }
  }

  private dirState(c: Conn, ep: string, ip: string, mac: Buffer): DirState {
    let ds = c.dirs.get(ep);
    if (!ds) {
      ds = { stream: new TcpStream(), splitter: new V2gtpSplitter(), ep, ip, mac: formatMac(mac) };
      c.dirs.set(ep, ds);
    }
    return ds;
  }

  /** EV or EVSE for the sender `ep` of connection `c`. */
  private connRole(c: Conn, ep: string, ip: string, mac: string): Role | undefined {
    if (c.client !== undefined) return ep === c.client ? 'EV' : 'EVSE';
    if (this.seccEndpoint !== undefined) {
      const peer = [...c.dirs.keys()].find((k) => k !== ep);
      if (ep === this.seccEndpoint) return 'EVSE';
      if (peer === this.seccEndpoint) return 'EV';
    }
    return this.roles.mac(mac) ?? this.roles.ip(ip);
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
    const role = ds ? this.connRole(c, src, ds.ip, ds.mac) : undefined;
    this.emit({
      type: 'tcp',
      t: this.rel(tsUs),
      frame: this.frameNo,
      conn: c.id,
      what,
      dir: directionOf(role),
      src: endpointText(src),
      dst: endpointText(dst),
      ...extra,
    });
  }

  private peerOf(c: Conn, ep: string): string {
    return [...c.dirs.keys()].find((k) => k !== ep) ?? '?';
  }

  private onNotes(c: Conn, ds: DirState, notes: StreamNote[], tsUs: number): void {
    for (const n of notes) {
      const peer = this.peerOf(c, ds.ep);
      switch (n.kind) {
        case 'data':
          for (const m of ds.splitter.push(n.data, n.tsUs, n.afterGap)) {
            if (m.kind === 'message') this.onV2g(c, ds, m.payloadType, m.payload, m.tsUs);
            else
              this.emitTcp(c, ds.ep, peer, m.tsUs, 'skipped', {
                bytes: m.bytes,
                reason: m.reason,
                flags: ['bytes skipped'],
              });
          }
          break;
        case 'retransmission':
          this.counts.retransmissions++;
          this.emitTcp(c, ds.ep, peer, n.tsUs, 'retransmission', { bytes: n.bytes, flags: ['TCP retransmission'] });
          break;
        case 'overlap':
          this.counts.retransmissions++;
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
          this.counts.lostBytes += n.bytes;
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
    void tsUs;
  }

  // --- V2G ------------------------------------------------------------------------------------------------------

  private decodeDoc(
    c: Conn,
    payloadType: number,
    payload: Buffer,
  ): { doc: unknown; schema: ExiSchema; expected?: ExiSchema } | { error: string } | undefined {
    if (!this.exi) return undefined;
    let order: ExiSchema[];
    let expected: ExiSchema | undefined;
    if (ISO20_PAYLOAD_TYPES.has(payloadType)) {
      order = ['iso20'];
      expected = 'iso20';
    } else if (payloadType === PayloadType.EXI) {
      expected = c.handshakeSeen ? (c.schema ?? undefined) : 'apphand';
      order = expected ? [expected, ...FALLBACK_SCHEMAS.filter((s) => s !== expected)] : FALLBACK_SCHEMAS;
    } else {
      return undefined;
    }
    let firstError: string | undefined;
    for (const schema of order) {
      try {
        const doc = this.exi(payload, schema, payloadType);
        return { doc, schema, expected };
      } catch (err) {
        if (!(err instanceof DecodeError)) throw err;
        firstError ??= `${schema}: ${err.message}`;
      }
    }
    return { error: firstError ?? 'not decodable' };
  }

  private onV2g(c: Conn, ds: DirState, payloadType: number, payload: Buffer, tsUs: number): void {
    this.counts.v2g++;
    const flags: string[] = [];
    const ev: V2gEvent = {
      type: 'v2g',
      t: this.rel(tsUs),
      frame: this.frameNo,
      conn: c.id,
      dir: '?',
      payloadType,
      name: `V2GTP ${payloadTypeName(payloadType)}`,
      flags,
    };
    const r = this.decodeDoc(c, payloadType, payload);
    const m = r && 'doc' in r ? messageOf(r.doc) : undefined;
    if (r && 'doc' in r && m) {
      this.counts.v2gDecoded++;
      ev.schema = r.schema;
      ev.name = m.name;
      ev.exi = r.doc;
      if (r.expected && r.schema !== r.expected) flags.push(`decoded as ${r.schema} (expected ${r.expected})`);
      if (!c.handshakeSeen && r.schema !== 'apphand') c.schema ??= r.schema;
      const values = keyValues(m.body);
      if (m.name === 'supportedAppProtocolReq') {
        c.offer = offeredProtocols(m.body);
        values.protocols = [...c.offer.values()].join(' ');
      } else if (m.name === 'supportedAppProtocolRes') {
        c.handshakeSeen = true;
        const s = negotiatedSchema(c.offer, m.body);
        if (s) {
          c.schema = s;
          values.protocol = s;
        }
      }
      const sid = sessionIdOf(m.header);
      if (sid !== undefined) {
        if (m.name === 'SessionSetupRes') {
          if (c.sessionId !== undefined && c.sessionId !== sid) flags.push(`new SessionID ${sid} (was ${c.sessionId})`);
          c.sessionId = sid;
        } else if (c.sessionId !== undefined && sid !== c.sessionId) {
          flags.push(`SessionID ${sid} differs from the session's ${c.sessionId}`);
        }
      }
      flags.push(...valueFlags(values));
      if (Object.keys(values).length > 0) ev.values = values;
      // The EV sends requests: learn the client side from the first decoded request.
      if (c.client === undefined && (isRequest(m.name) || isResponse(m.name))) {
        c.client = isRequest(m.name) ? ds.ep : this.peerOf(c, ds.ep);
      }
      this.pairLatency(c, ev, r.schema, tsUs);
    } else {
      ev.hex = toHex(payload);
      if (r && 'error' in r) {
        ev.error = r.error;
        flags.push('EXI not decodable');
      }
    }
    const role = this.connRole(c, ds.ep, ds.ip, ds.mac);
    ev.dir = directionOf(role);
    if (role) this.roles.learnMac(ds.mac, role);
    this.emit(ev);
  }

  private pairLatency(c: Conn, ev: V2gEvent, schema: ExiSchema, tsUs: number): void {
    const base = baseName(ev.name);
    if (isRequest(ev.name)) {
      if (c.pending.has(base)) ev.flags!.push(`${ev.name} repeated (no response to the previous one)`);
      if (c.lastResponseUs !== undefined && tsUs - c.lastResponseUs > V2G_SECC_SEQUENCE_TIMEOUT_MS * 1000) {
        ev.flags!.push(
          `${Math.round((tsUs - c.lastResponseUs) / 1000)} ms since the last response (> V2G_SECC_Sequence_Timeout)`,
        );
      }
      c.pending.set(base, tsUs);
    } else if (isResponse(ev.name)) {
      const reqUs = c.pending.get(base);
      if (reqUs !== undefined) {
        const ms = (tsUs - reqUs) / 1000;
        ev.latencyMs = round3(ms);
        const limit = msgTimeoutMs(schema === 'apphand' ? c.schema : schema, base);
        if (ms > limit) ev.flags!.push(`response after ${Math.round(ms)} ms (> ${limit} ms V2G_EVCC_Msg_Timeout)`);
        c.pending.delete(base);
      }
      c.lastResponseUs = tsUs;
    }
  }
}

function endpointText(ep: string): string {
  const [ip, port] = ep.split('|');
  return `[${ip}]:${port}`;
}

function round3(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Convenience for files and tests: decode all frames, return every event and the summary. */
export function decodeFrames(
  frames: Iterable<FrameIn>,
  opts: ListenOptions = {},
): { events: TimelineEvent[]; summary: Summary } {
  const dec = new ListenDecoder(opts);
  const events: TimelineEvent[] = [];
  for (const f of frames) for (const e of dec.push(f)) events.push(e);
  const end = dec.finish();
  return { events: [...events, ...end.events], summary: end.summary };
}

export type { Direction };
