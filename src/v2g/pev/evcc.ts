/**
 * EVCC session driver: drives one V2G session from the car's side over a V2gMessagePort.
 * Sends supportedAppProtocolReq, then each request built by pev/requests/*, checks every response
 * (response-check.ts: name, ResponseCode, DC_EVSEStatus) and lets the message's pure handler decide the next step
 * (stop-policy.ts may turn it into SessionStop). Timers (evcc-timers.ts) run on the injected Clock; the battery is
 * read and driven only through battery-bridge.ts; options and defaults live in evcc-settings.ts.
 * Failure path (pyPLC safe shutdown): CP to state B at once, battery contactors open after
 * safeShutdownContactorDelayMs, connection closed.
 */

import type { Clock } from '../../core/clock.js';
import { childLog, type Log, silentLogger } from '../../core/log.js';
import type { EvBattery } from '../controller.js';
import { V2gEventHub } from '../event-hub.js';
import type { V2gEvent, V2gEventListener, V2gFailReason, V2gWarningCode } from '../events.js';
import { messageDetail } from '../message-detail.js';
import { parseV2gMessage } from '../messages.js';
import type { PortEvent, V2gMessagePort } from '../port.js';
import { PROTOCOLS } from '../protocols.js';
import type { MessageName } from '../timing.js';
import type { ExiDocument, V2gProtocol } from '../types.js';
import { acceptAppProtocol, offerAppProtocols } from './apphand-offer.js';
import { applyEvccEffects, type EvccEffectTarget, evSnapshot, observeCharger, safeShutdown } from './battery-bridge.js';
import type { EvccCtx, EvccEffect, EvccNext, Variant } from './context.js';
import type { EvccOptions, EvccOutcome, EvccSettings } from './evcc-settings.js';
import { evccTimingFor, initialEvccCtx } from './evcc-settings.js';
import { EvccTimers } from './evcc-timers.js';
import { type RequestIo, sendEvccRequest } from './request-sender.js';
import { requestName } from './requests/common.js';
import { EVCC_REQUESTS } from './requests/index.js';
import { failedStatus, wrongResponse } from './response-check.js';
import { chargerStopInPreCharge, userStopBeforeCharging } from './stop-policy.js';

export { DEFAULT_EVCC_CONFIG, type EvccOptions, type EvccOutcome, type EvccSettings } from './evcc-settings.js';

type Awaiting = { msg: MessageName; variant?: Variant };

export class Evcc {
  private readonly port: V2gMessagePort;
  private readonly clock: Clock;
  private readonly battery: EvBattery;
  private readonly log: Log;
  private readonly events: V2gEventHub;
  private readonly settings: EvccSettings;
  private readonly timers: EvccTimers;
  private readonly emit = (e: V2gEvent): void => this.events.emit(e);
  /** What request modules' effects act on. */
  private readonly effectTarget: EvccEffectTarget;
  private readonly io: RequestIo;
  private ctx: EvccCtx;
  private awaiting?: Awaiting;
  private lastState = '';
  private unsubscribe?: () => void;
  private finished = false;
  /** The request of `awaiting` went out (it waits for its answer, not for its send delay). */
  private requestOut = false;
  private readonly warned = new Set<V2gWarningCode>();
  private closing = false;
  private resolveOutcome!: (o: EvccOutcome) => void;
  readonly outcome: Promise<EvccOutcome>;

  constructor(opts: EvccOptions) {
    this.port = opts.port;
    this.clock = opts.clock;
    this.battery = opts.battery;
    this.log = childLog(opts.log ?? silentLogger(), 'evcc');
    this.settings = opts.settings ?? {};
    this.events = new V2gEventHub(this.log, opts); // message log first, then opts.onEvent
    this.timers = new EvccTimers(this.clock, (detail) => this.fail('timeout', detail));
    this.io = { port: this.port, emit: this.emit };
    this.effectTarget = {
      battery: this.battery,
      emit: this.emit,
      ctx: () => this.ctx,
      armReadyToCharge: () => this.timers.armReadyToCharge(this.ctx.config.timing.readyToChargeMs),
      clearReadyToCharge: () => this.timers.clearReadyToCharge(),
      warn: (code, detail) => this.warn(code, detail),
    };
    this.ctx = initialEvccCtx(this.settings, this.clock.now(), evSnapshot(this.battery));
    this.outcome = new Promise((r) => {
      this.resolveOutcome = r;
    });
  }

  get protocol(): V2gProtocol {
    return this.ctx.protocol;
  }
  get sessionId(): string {
    return this.ctx.sessionId;
  }
  /** The step whose response we wait for ('Idle' before start, 'Done' after). */
  get state(): string {
    if (this.finished || this.closing) return 'Done';
    return this.awaiting ? this.awaiting.msg : 'Idle';
  }
  /** What the charger reported (limits, present U/I, status). */
  get evse(): EvccCtx['evse'] {
    return this.ctx.evse;
  }
  get chargeLoopCount(): number {
    return this.ctx.chargeLoopCount;
  }

  onEvent(l: V2gEventListener): () => void {
    return this.events.add(l);
  }

  /** Start the session on a freshly connected port. */
  start(): void {
    this.unsubscribe = this.port.subscribe((e) => this.onPort(e));
    this.port.expect('apphand');
    this.timers.startCommunicationSetup(this.ctx.config.timing.communicationSetupMs);
    this.awaiting = { msg: 'supportedAppProtocol' };
    offerAppProtocols(this.io, this.ctx.config, this.clock.now());
    this.emit({ type: 'v2g.state', state: 'supportedAppProtocol', atMs: this.clock.now() });
    this.armMsgTimer('supportedAppProtocol');
  }

  /**
   * Stop charging normally: PowerDelivery(stop) from the charge loop, SessionStop before it. With `pause` (ISO-2)
   * the session ends with SessionStop(Pause) and can be resumed later with its SessionID.
   */
  stopCharging(opts: { pause?: boolean } = {}): void {
    if (this.ctx.stopRequested) return;
    this.log.info({ state: this.state, pause: !!opts.pause }, 'stop charging requested');
    this.ctx = { ...this.ctx, stopRequested: true, pauseRequested: !!opts.pause && this.ctx.protocol === 'iso2' };
  }

  /** Emergency: CP to B and contactors open now, connection closed. */
  emergencyStop(): void {
    if (this.finished) return;
    this.battery.setStateC(false);
    this.battery.setContactors(false);
    this.fail('emergency', 'emergency stop requested');
  }

  /** Close from above (unplug, shutdown): safe shutdown if the session is not over. */
  close(reason = 'closed by session'): void {
    if (this.finished || this.closing) return;
    this.fail('local', reason);
  }

  // ---- internals ----

  private onPort(e: PortEvent): void {
    if (this.finished || this.closing) return;
    if (e.type === 'closed') {
      if (this.awaiting?.msg === 'SessionStop') {
        // the charger closed without SessionStopRes: the session is over, but the summary names the missing answer
        if (this.requestOut) {
          this.emit({
            type: 'v2g.unanswered',
            request: requestName(this.ctx.protocol, 'SessionStop'),
            atMs: this.clock.now(),
          });
        }
        this.done();
      } else this.fail('connectionClosed', `connection closed while waiting for ${this.awaiting?.msg ?? 'nothing'}`);
      return;
    }
    if (e.type === 'error') {
      this.fail('decodeError', e.error.message);
      return;
    }
    this.onDocument(e.doc);
  }

  private onDocument(doc: ExiDocument): void {
    const now = this.clock.now();
    const awaiting = this.awaiting;
    if (!awaiting) {
      this.log.warn({ root: Object.keys(doc)[0] }, 'unsolicited message ignored');
      return;
    }
    this.timers.clearMsg();
    if (awaiting.msg === 'supportedAppProtocol') {
      this.onAppHandRes(doc, now);
      return;
    }
    const msg = parseV2gMessage(doc);
    if ('error' in msg) {
      this.fail('badMessage', msg.error);
      return;
    }
    const responseCode = typeof msg.body.ResponseCode === 'string' ? msg.body.ResponseCode : undefined;
    this.emit({
      type: 'v2g.message',
      dir: 'rx',
      name: msg.name,
      atMs: now,
      responseCode,
      detail: messageDetail(msg.name, msg.body),
    });
    const wrong = wrongResponse(this.ctx.protocol, awaiting.msg, msg.name);
    if (wrong) {
      this.fail(wrong.reason, wrong.detail);
      return;
    }
    if (awaiting.msg === 'SessionSetup') {
      // keep the SessionID exactly as received (1..8 bytes; Tesla Supercharger: 4)
      this.ctx = { ...this.ctx, sessionId: msg.sessionId };
      this.timers.stopCommunicationSetup();
      this.emit({ type: 'v2g.session', sessionId: msg.sessionId, atMs: now });
    } else if (msg.sessionId !== this.ctx.sessionId) {
      this.log.warn(
        { got: msg.sessionId, ours: this.ctx.sessionId, name: msg.name },
        'response with another SessionID',
      );
    }
    const failed = failedStatus(awaiting.msg, msg.name, msg.body, this.log);
    if (failed) {
      this.fail(failed.reason, failed.detail);
      return;
    }
    const handler = EVCC_REQUESTS[awaiting.msg];
    if (!handler) {
      this.fail('local', `no handler for ${awaiting.msg}`);
      return;
    }
    const ctx: EvccCtx = { ...this.ctx, nowMs: now, ev: evSnapshot(this.battery) };
    const r = handler.onResponse(msg.body, ctx, awaiting.variant);
    this.ctx = r.ctx;
    observeCharger(this.battery, awaiting.msg, this.ctx);
    const next = chargerStopInPreCharge(awaiting.msg, this.ctx, r.next);
    this.applyEffects(r.effects ?? []);
    this.proceed(next);
  }

  private onAppHandRes(doc: ExiDocument, now: number): void {
    const r = acceptAppProtocol(this.io, doc, this.ctx.config, now);
    if ('error' in r) {
      this.fail('noProtocol', r.error);
      return;
    }
    const timing = evccTimingFor(this.settings, r.protocol);
    this.ctx = { ...this.ctx, protocol: r.protocol, config: { ...this.ctx.config, timing } };
    this.port.expect(PROTOCOLS[r.protocol].schema);
    this.emit({ type: 'v2g.protocol', protocol: r.protocol, schemaId: 0, atMs: now });
    this.log.info({ protocol: r.protocol, minorDeviation: r.minorDeviation }, 'protocol negotiated');
    this.proceed({ type: 'send', msg: 'SessionSetup', delayMs: 0 });
  }

  private proceed(next0: EvccNext): void {
    const next = userStopBeforeCharging(this.ctx, next0);
    if (next.type === 'fail') {
      this.fail(next.reason, next.detail);
      return;
    }
    if (next.type === 'done') {
      this.done();
      return;
    }
    const { msg, variant, beforeSend } = next;
    this.awaiting = { msg, variant };
    this.requestOut = false;
    this.timers.scheduleSend(next.delayMs, () => {
      if (this.finished || this.closing) return;
      if (beforeSend) this.applyEffects(beforeSend);
      this.sendRequest(msg, variant);
    });
  }

  private sendRequest(msg: MessageName, variant?: Variant): void {
    if (!EVCC_REQUESTS[msg]) {
      this.fail('local', `no request builder for ${msg}`);
      return;
    }
    const now = this.clock.now();
    const prev = this.lastState; // before sending: a synchronous port may answer (and move on) inside send
    this.ctx = { ...this.ctx, nowMs: now, ev: evSnapshot(this.battery) };
    this.requestOut = true; // before sending: an answer inside send moves on and resets it for the next request
    sendEvccRequest(this.io, this.ctx, msg, variant);
    const state = variant ? `${msg}(${variant})` : msg;
    if (state !== prev) {
      this.lastState = state;
      this.emit({ type: 'v2g.state', state, atMs: now });
    }
    this.armMsgTimer(msg);
  }

  /** V2G_EVCC_Msg_Timeout for `msg`; a message with an onTimeout continues instead (field tolerance). */
  private armMsgTimer(msg: MessageName): void {
    const ms = this.ctx.config.timing.msgTimeoutMs[msg];
    this.timers.armMsg(ms, () => {
      const h = EVCC_REQUESTS[msg];
      if (h?.onTimeout && msg !== 'supportedAppProtocol') {
        const request = requestName(this.ctx.protocol, msg);
        this.log.warn({ msg, ms }, `no response to ${request} within ${ms} ms, continuing (field tolerance)`);
        // a charger that hangs at session end must not hide behind the tolerance: the summary names it
        this.emit({ type: 'v2g.unanswered', request, atMs: this.clock.now() });
        const r = h.onTimeout({ ...this.ctx, nowMs: this.clock.now() });
        this.ctx = r.ctx;
        this.proceed(r.next);
        return;
      }
      this.fail('timeout', `V2G_EVCC_Msg_Timeout: no ${msg}Res within ${ms} ms`);
    });
  }

  /** A warning about the charger: logged and reported once per code in this session. */
  private warn(code: V2gWarningCode, detail: string): void {
    if (this.warned.has(code)) return;
    this.warned.add(code);
    this.log.warn({ code, detail }, `charger: ${detail}`);
    this.emit({ type: 'v2g.warning', code, detail, atMs: this.clock.now() });
  }

  private applyEffects(effects: readonly EvccEffect[]): void {
    applyEvccEffects(effects, this.effectTarget, this.clock.now());
  }

  private done(): void {
    if (this.finished || this.closing) return;
    this.timers.clearAll();
    const now = this.clock.now();
    this.battery.setStateC(false);
    this.battery.setContactors(false);
    this.emit({ type: 'v2g.sessionStopped', atMs: now });
    this.awaiting = undefined;
    this.finish(this.ctx.pauseRequested ? { ok: true, paused: true } : { ok: true });
  }

  private fail(reason: V2gFailReason, detail: string): void {
    if (this.finished || this.closing) return;
    this.closing = true;
    this.timers.clearAll();
    const now = this.clock.now();
    this.log.warn({ reason, detail, state: this.awaiting?.msg }, 'v2g session failed, safe shutdown');
    this.emit({ type: 'v2g.failed', reason, detail, atMs: now });
    if (this.ctx.charging) this.emit({ type: 'v2g.chargingStopped', atMs: now });
    this.ctx = { ...this.ctx, charging: false };
    this.awaiting = undefined;
    const disconnect = () => {
      this.unsubscribe?.();
      this.port.close();
    };
    safeShutdown(this.battery, this.clock, this.ctx.config.safeShutdownContactorDelayMs, disconnect, () => {
      this.closing = false;
      this.finish({ ok: false, reason, detail });
    });
  }

  private finish(outcome: EvccOutcome): void {
    if (this.finished) return;
    this.finished = true;
    this.unsubscribe?.();
    this.port.close();
    this.emit({ type: 'v2g.closed', atMs: this.clock.now(), ok: outcome.ok });
    this.resolveOutcome(outcome);
  }
}
