/**
 * Groups timeline events into charging sessions and summarises each: phases with durations (SLAC, SDP, setup,
 * cable check, precharge, charging loop, welding, stop), message counts, min/max of the key values, response
 * latency percentiles, and how it ended.
 * A new session starts when SLAC or SDP begins again, or V2G appears on a new TCP connection, once the current
 * session's V2G part is over (SessionStop seen, or every connection that carried it closed or reset). SLAC
 * requests repeated while a V2G connection is still open stay in that session (pyPLC retries SLAC in the
 * background; 2023-03-02 SuperCharger capture).
 */

import type { PhaseSummary, SessionSummary, TimelineEvent } from './events.js';
import type { ExiSchema } from './exi-hook.js';
import { isSlacMmtype, MMTYPE_SLAC_MATCH_CNF, MMTYPE_SLAC_PARM_REQ, type RoleBook } from './roles.js';
import { baseName, unitOf } from './v2g-doc.js';

/** Phase of a V2G message by its base name (DIN, ISO-2 and ISO-20 names). */
const V2G_PHASE: ReadonlyMap<string, string> = new Map([
  ...[
    'supportedAppProtocol',
    'SessionSetup',
    'ServiceDiscovery',
    'ServiceDetail',
    'ServicePaymentSelection',
    'PaymentServiceSelection',
    'ServiceSelection',
    'PaymentDetails',
    'ContractAuthentication',
    'Authorization',
    'AuthorizationSetup',
    'CertificateInstallation',
    'CertificateUpdate',
    'ChargeParameterDiscovery',
    'DC_ChargeParameterDiscovery',
    'AC_ChargeParameterDiscovery',
    'ScheduleExchange',
  ].map((n) => [n, 'setup'] as const),
  ['CableCheck', 'cableCheck'],
  ['DC_CableCheck', 'cableCheck'],
  ['PreCharge', 'preCharge'],
  ['DC_PreCharge', 'preCharge'],
  ['CurrentDemand', 'chargingLoop'],
  ['ChargingStatus', 'chargingLoop'],
  ['DC_ChargeLoop', 'chargingLoop'],
  ['AC_ChargeLoop', 'chargingLoop'],
  ['WeldingDetection', 'welding'],
  ['DC_WeldingDetection', 'welding'],
  ['SessionStop', 'stop'],
]);

const PHASE_ORDER = ['slac', 'sdp', 'setup', 'cableCheck', 'preCharge', 'chargingLoop', 'welding', 'stop'];

interface Acc {
  startUs: number;
  endUs: number;
  phases: Map<string, { first: number; last: number; count: number }>;
  messages: Map<string, number>;
  values: Map<string, { min: number; max: number; unit?: string }>;
  latencies: number[];
  anomalies: number;
  conns: Set<number>;
  /** Connections of this session that carried V2G and are not closed yet. */
  open: Set<number>;
  stopped: boolean;
  /** SLAC_MATCH.CNF seen: later SLAC frames (an EVSE repeating ATTEN_CHAR.IND) no longer extend the phase. */
  slacMatched: boolean;
  protocol?: ExiSchema;
  hasV2g: boolean;
  end: string;
}

function newAcc(t: number): Acc {
  return {
    startUs: t,
    endUs: t,
    phases: new Map(),
    messages: new Map(),
    values: new Map(),
    latencies: [],
    anomalies: 0,
    conns: new Set(),
    open: new Set(),
    stopped: false,
    slacMatched: false,
    hasV2g: false,
    end: 'capture ended',
  };
}

export class SessionTracker {
  private readonly done: Acc[] = [];
  private cur: Acc | undefined;

  add(ev: TimelineEvent): void {
    const t = Math.round(ev.t * 1e6);
    let startsNew = false;
    if (ev.type === 'homeplug' && ev.mmtype === MMTYPE_SLAC_PARM_REQ) startsNew = true;
    if (ev.type === 'sdp' && ev.sdp === 'req') startsNew = true;
    if (ev.type === 'v2g' && this.cur && !this.cur.conns.has(ev.conn)) startsNew = true;
    const over = (a: Acc) => a.hasV2g && (a.stopped || a.open.size === 0);
    if (!this.cur || (startsNew && over(this.cur))) {
      if (this.cur) this.done.push(this.cur);
      this.cur = newAcc(t);
    }
    const s = this.cur;
    s.endUs = Math.max(s.endUs, t);
    if (ev.flags) s.anomalies += ev.flags.length;
    switch (ev.type) {
      case 'homeplug':
        this.count(s, ev.name);
        if (isSlacMmtype(ev.mmtype) && !s.slacMatched) this.phase(s, 'slac', t);
        if (ev.mmtype === MMTYPE_SLAC_MATCH_CNF) s.slacMatched = true;
        break;
      case 'sdp':
        this.count(s, ev.name);
        this.phase(s, 'sdp', t);
        break;
      case 'v2g': {
        s.hasV2g = true;
        if (!s.conns.has(ev.conn)) s.open.add(ev.conn);
        s.conns.add(ev.conn);
        this.count(s, ev.name);
        const phase = V2G_PHASE.get(baseName(ev.name));
        if (phase) this.phase(s, phase, t);
        if (ev.latencyMs !== undefined) s.latencies.push(ev.latencyMs);
        for (const [k, v] of Object.entries(ev.values ?? {})) {
          const unit = unitOf(k);
          if (typeof v !== 'number' || unit === undefined) continue;
          const mm = s.values.get(k);
          if (mm) {
            mm.min = Math.min(mm.min, v);
            mm.max = Math.max(mm.max, v);
          } else s.values.set(k, { min: v, max: v, unit });
        }
        if (ev.name === 'SessionStopRes') {
          s.end = 'SessionStop';
          s.stopped = true;
        }
        if (typeof ev.values?.protocol === 'string') s.protocol = ev.values.protocol as ExiSchema;
        break;
      }
      case 'tcp':
        if (ev.what === 'reset' || ev.what === 'close') {
          const mine = s.conns.has(ev.conn);
          s.open.delete(ev.conn);
          if (mine && ev.what === 'reset' && s.end !== 'SessionStop') s.end = 'TCP reset';
          if (mine && ev.what === 'close' && s.end === 'capture ended') s.end = 'TCP closed';
        }
        break;
      default:
        break;
    }
  }

  private count(s: Acc, name: string): void {
    s.messages.set(name, (s.messages.get(name) ?? 0) + 1);
  }

  private phase(s: Acc, name: string, t: number): void {
    const p = s.phases.get(name);
    if (p) {
      p.last = Math.max(p.last, t);
      p.count++;
    } else s.phases.set(name, { first: t, last: t, count: 1 });
  }

  finish(roles: RoleBook): SessionSummary[] {
    if (this.cur) this.done.push(this.cur);
    this.cur = undefined;
    const ev = roles.macsOf('EV');
    const evse = roles.macsOf('EVSE');
    return this.done.map((s, i) => {
      const phases: Record<string, PhaseSummary> = {};
      for (const name of PHASE_ORDER) {
        const p = s.phases.get(name);
        if (p) {
          phases[name] = {
            startS: p.first / 1e6,
            endS: p.last / 1e6,
            durationMs: Math.round((p.last - p.first) / 1000),
            count: p.count,
          };
        }
      }
      const out: SessionSummary = {
        index: i + 1,
        startS: s.startUs / 1e6,
        endS: s.endUs / 1e6,
        phases,
        messages: Object.fromEntries(s.messages),
        values: Object.fromEntries(s.values),
        anomalies: s.anomalies,
        end: s.hasV2g ? s.end : s.messages.size > 0 ? 'no V2G seen' : s.end,
      };
      if (s.protocol) out.protocol = s.protocol;
      if (ev[0]) out.evMac = ev.join(' ');
      if (evse[0]) out.evseMac = evse.join(' ');
      if (s.latencies.length > 0) {
        const l = [...s.latencies].sort((a, b) => a - b);
        const pct = (p: number) => l[Math.min(l.length - 1, Math.floor((p / 100) * l.length))]!;
        out.responseMs = { p50: pct(50), p99: pct(99), max: l.at(-1)! };
      }
      return out;
    });
  }
}
