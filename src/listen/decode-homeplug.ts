/**
 * HomePlug frames -> `homeplug` timeline events: the MME named and its fields (homeplug-hook.ts), the sender's
 * role learnt from SLAC MMTYPEs, and SLAC request/confirmation pairing for latency, repeats and confirmations
 * later than TT_match_response. A CM_SLAC_MATCH.CNF makes V2G unicast expected (broadcast-watch.ts).
 */

import { formatMac } from '../core/bytes.js';
import type { BroadcastWatch } from './broadcast-watch.js';
import type { Dissected } from './dissect.js';
import type { HomePlugEvent } from './events.js';
import { describeMme } from './homeplug-hook.js';
import { TT_MATCH_RESPONSE_MS } from './limits.js';
import { directionOf, MMTYPE_SLAC_MATCH_CNF, slacSenderRole } from './roles.js';
import { round3, type Timeline } from './timeline.js';

export class HomePlugDecoder {
  /** Capture time of the last unconfirmed request, by MMTYPE base. */
  private readonly slacPending = new Map<number, number>();

  constructor(
    private readonly t: Timeline,
    private readonly watch: BroadcastWatch,
  ) {}

  onFrame(d: Extract<Dissected, { kind: 'homeplug' }>, frame: Buffer, tsUs: number): void {
    const t = this.t;
    t.counts.homeplug++;
    const { mmtype, mmv } = d.hp;
    const src = formatMac(d.eth.src);
    const dst = formatMac(d.eth.dst);
    const senderRole = slacSenderRole(mmtype);
    if (senderRole) t.roles.learnMac(src, senderRole);
    const view = describeMme(mmtype, frame);
    if (mmtype === MMTYPE_SLAC_MATCH_CNF) this.watch.expectUnicast(tsUs);
    const ev: HomePlugEvent = {
      type: 'homeplug',
      t: t.rel(tsUs),
      frame: t.frameNo,
      mmtype,
      name: view.name,
      mmv,
      src,
      dst,
      dir: directionOf(senderRole ?? t.roles.mac(src)),
      flags: [],
    };
    if (view.fields) ev.fields = view.fields;
    if (view.error) {
      t.counts.malformed++;
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
    t.emit(ev);
  }
}
