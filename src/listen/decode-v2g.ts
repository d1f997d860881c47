/**
 * V2GTP messages -> `v2g` timeline events: the EXI schema chosen per connection (AppHandshake first, then the
 * negotiated one; fallbacks for a capture that started mid-session; ISO 15118-20 by payload type), the decoded
 * document and its key values, SessionID consistency, and request/response pairing for latency, repeats and
 * V2G_EVCC_Msg_Timeout / V2G_SECC_Sequence_Timeout. Undecodable payloads keep their hex. Knows EXI documents,
 * not TCP (decode-tcp.ts hands the messages over).
 */

import { toHex } from '../core/bytes.js';
import { DecodeError } from '../core/errors.js';
import { PayloadType, payloadTypeName } from '../v2gtp/header.js';
import { type Conn, connRole, type DirState, peerOf } from './decode-tcp.js';
import type { V2gEvent } from './events.js';
import type { ExiDecodeFn, ExiSchema } from './exi-hook.js';
import { msgTimeoutMs, V2G_SECC_SEQUENCE_TIMEOUT_MS } from './limits.js';
import { directionOf } from './roles.js';
import { round3, type Timeline } from './timeline.js';
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
/** Schemas tried for a 0x8001 payload when the expected one fails (capture started mid-session). */
const FALLBACK_SCHEMAS: ExiSchema[] = ['din', 'iso2', 'apphand'];

export type { V2gConnState } from './conn-state.js';

export class V2gDecoder {
  constructor(
    private readonly t: Timeline,
    /** undefined: show hex only. */
    private readonly exi: ExiDecodeFn | undefined,
  ) {}

  onMessage(c: Conn, ds: DirState, payloadType: number, payload: Buffer, tsUs: number): void {
    const t = this.t;
    t.counts.v2g++;
    const flags: string[] = [];
    const ev: V2gEvent = {
      type: 'v2g',
      t: t.rel(tsUs),
      frame: t.frameNo,
      conn: c.id,
      dir: '?',
      payloadType,
      name: `V2GTP ${payloadTypeName(payloadType)}`,
      flags,
    };
    const r = this.decodeDoc(c, payloadType, payload);
    const m = r && 'doc' in r ? messageOf(r.doc) : undefined;
    if (r && 'doc' in r && m) {
      t.counts.v2gDecoded++;
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
        c.client = isRequest(m.name) ? ds.ep : peerOf(c, ds.ep);
      }
      this.pairLatency(c, ev, r.schema, tsUs);
    } else {
      ev.hex = toHex(payload);
      if (r && 'error' in r) {
        ev.error = r.error;
        flags.push('EXI not decodable');
      }
    }
    const role = connRole(t, c, ds.ep, ds.ip, ds.mac);
    ev.dir = directionOf(role);
    if (role) t.roles.learnMac(ds.mac, role);
    t.emit(ev);
  }

  /** End of input for one connection: a note for every request that never got its response. */
  finish(conn: Conn): void {
    for (const [base, tsUs] of conn.pending) {
      this.t.emitNote(tsUs, `no response to ${base}Req on connection ${conn.id}`, [`${base}Req without response`]);
    }
    conn.pending.clear();
  }

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
