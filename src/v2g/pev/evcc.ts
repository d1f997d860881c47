/**
 * EVCC session driver: drives one V2G session from the car's side over a V2gMessagePort.
 * Sends supportedAppProtocolReq, then each request built by pev/requests/*, checks every response (name,
 * ResponseCode, DC_EVSEStatus) and lets the message's pure handler decide the next step. Timers on the injected
 * Clock: V2G_EVCC_Msg_Timeout per request, the Ongoing / CableCheck / PreCharge loop timers, CommunicationSetup
 * and DIN's ReadyToCharge. Defaults are the "field" preset (pyPLC's longer waits), configurable.
 * Failure path (pyPLC safe shutdown): CP to state B at once, battery contactors open after
 * safeShutdownContactorDelayMs, connection closed.
 */

import type { Clock, TimerHandle } from '../../core/clock.js';
import { childLog, type Log, silentLogger } from '../../core/log.js';
import { buildAppProtocolReq, evaluateAppProtocolRes } from '../apphand.js';
import type { EvBattery } from '../controller.js';
import type { V2gEvent, V2gEventListener, V2gFailReason } from '../events.js';
import { type MessageLogLevel, v2gMessageLog } from '../message-log.js';
import { parseV2gMessage, v2gMessage } from '../messages.js';
import type { PortEvent, V2gMessagePort } from '../port.js';
import { PROTOCOLS } from '../protocols.js';
import { type EvccTimingOverrides, evccTiming, type MessageName, type TimingPreset } from '../timing.js';
import type { ExiDocument, Obj, V2gProtocol } from '../types.js';
import type { EvccConfig, EvccCtx, EvccEffect, EvccNext, EvSnapshot, Variant } from './context.js';
import { EMERGENCY_STATUS, evseWantsStop, requestName, responseName } from './requests/common.js';
import { EVCC_REQUESTS } from './requests/index.js';

export interface EvccSettings extends Partial<Omit<EvccConfig, 'timing'>> {
  timingPreset?: TimingPreset;
  timing?: EvccTimingOverrides;
}

export interface EvccOptions {
  port: V2gMessagePort;
  clock: Clock;
  battery: EvBattery;
  settings?: EvccSettings;
  log?: Log;
  /** Level of the per-message log lines (default info; `sim` uses debug: its timeline shows the progress). */
  messageLogLevel?: MessageLogLevel;
  onEvent?: V2gEventListener;
}

export interface EvccOutcome {
  ok: boolean;
  /** ISO-2: the session ended with SessionStop(Pause); resume with settings.resumeSessionId = evcc.sessionId. */
  paused?: boolean;
  reason?: V2gFailReason;
  detail?: string;
}

export const DEFAULT_EVCC_CONFIG: Omit<EvccConfig, 'timing'> = {
  protocols: ['din'],
  firstSchemaId: 1,
  evccId: '02000000c0de',
  dinEnergyTransferType: 'DC_extended',
  iso2EnergyTransferMode: 'DC_extended',
  iso2AcEnergyTransferMode: 'AC_three_phase_core',
  energyMode: 'dc',
  chargingStatusIntervalMs: 500,
  ongoingRepeatMs: 250,
  preChargeRepeatMs: 200,
  currentDemandIntervalMs: 100,
  preChargeToleranceV: 10,
  useInletVoltageForPreCharge: false,
  stateCDelayMs: 200,
  contactorCloseDelayMs: 330,
  contactorOpenDelayMs: 500,
  weldingVoltageThresholdV: 60,
  weldingMaxRequests: 10,
  weldingRepeatMs: 200,
  safeShutdownContactorDelayMs: 2000,
  stopAfterChargeLoops: 0,
  renegotiateAfterChargeLoops: 0,
  resumeSessionId: '',
};

/** Steps in which a DC_EVSEStatus emergency code makes the car shut down at once. */
const STATUS_CHECKED: readonly MessageName[] = ['CableCheck', 'PreCharge', 'PowerDelivery', 'CurrentDemand'];
/** Steps before energy flows: a stop request goes straight to SessionStop. */
const BEFORE_CHARGING: readonly MessageName[] = [
  'ServiceDiscovery',
  'ServicePaymentSelection',
  'ContractAuthentication',
  'ChargeParameterDiscovery',
  'CableCheck',
  'PreCharge',
];

type Awaiting = { msg: MessageName; variant?: Variant };

export class Evcc {
  private readonly port: V2gMessagePort;
  private readonly clock: Clock;
  private readonly battery: EvBattery;
  private readonly log: Log;
  private readonly listeners: V2gEventListener[] = [];
  private readonly settings: EvccSettings;
  private ctx: EvccCtx;
  private awaiting?: Awaiting;
  private msgTimer?: TimerHandle;
  private sendTimer?: TimerHandle;
  private setupTimer?: TimerHandle;
  private readyTimer?: TimerHandle;
  private unsubscribe?: () => void;
  private finished = false;
  private closing = false;
  private resolveOutcome!: (o: EvccOutcome) => void;
  readonly outcome: Promise<EvccOutcome>;

  constructor(opts: EvccOptions) {
    this.port = opts.port;
    this.clock = opts.clock;
    this.battery = opts.battery;
    this.log = childLog(opts.log ?? silentLogger(), 'evcc');
    this.settings = opts.settings ?? {};
    // the one place each message is logged (message-log.ts); listeners must not log messages again
    this.listeners.push(v2gMessageLog(this.log, { level: opts.messageLogLevel }));
    if (opts.onEvent) this.listeners.push(opts.onEvent);
    const { timing, timingPreset, ...rest } = this.settings;
    const config: Omit<EvccConfig, 'timing'> = { ...DEFAULT_EVCC_CONFIG, ...rest };
    if (config.protocols.length === 0) throw new RangeError('EVCC needs at least one protocol to offer');
    const first = config.protocols[0] as V2gProtocol;
    this.ctx = {
      protocol: first,
      sessionId: '',
      nowMs: this.clock.now(),
      config: { ...config, timing: evccTiming(first, timingPreset, timing) },
      ev: this.snapshot(),
      evse: {},
      loopCount: 0,
      chargeLoopCount: 0,
      weldingCount: 0,
      stopRequested: false,
      pauseRequested: false,
      charging: false,
      renegotiating: false,
      renegotiations: 0,
    };
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
    this.listeners.push(l);
    return () => {
      const i = this.listeners.indexOf(l);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Start the session on a freshly connected port. */
  start(): void {
    this.unsubscribe = this.port.subscribe((e) => this.onPort(e));
    this.port.expect('apphand');
    this.setupTimer = this.clock.setTimeout(
      () =>
        this.fail(
          'timeout',
          `V2G_EVCC_CommunicationSetup: no SessionSetupRes within ${this.ctx.config.timing.communicationSetupMs} ms`,
        ),
      this.ctx.config.timing.communicationSetupMs,
    );
    const req = buildAppProtocolReq(this.ctx.config.protocols, this.ctx.config.firstSchemaId);
    this.awaiting = { msg: 'supportedAppProtocol' };
    this.port.send(req, 'apphand');
    this.emit({ type: 'v2g.message', dir: 'tx', name: 'supportedAppProtocolReq', atMs: this.clock.now() });
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
      if (this.awaiting?.msg === 'SessionStop') this.done();
      else this.fail('connectionClosed', `connection closed while waiting for ${this.awaiting?.msg ?? 'nothing'}`);
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
    this.clearMsgTimer();
    if (awaiting.msg === 'supportedAppProtocol') {
      this.onAppHandRes(doc, now);
      return;
    }
    const msg = parseV2gMessage(doc);
    if ('error' in msg) {
      this.fail('badMessage', msg.error);
      return;
    }
    this.emit({
      type: 'v2g.message',
      dir: 'rx',
      name: msg.name,
      atMs: now,
      responseCode: typeof msg.body.ResponseCode === 'string' ? msg.body.ResponseCode : undefined,
    });
    const expected = responseName(this.ctx.protocol, awaiting.msg);
    if (msg.name !== expected) {
      this.fail('badMessage', `expected ${expected}, got ${msg.name}`);
      return;
    }
    if (awaiting.msg === 'SessionSetup') {
      // keep the SessionID exactly as received (1..8 bytes; Tesla Supercharger: 4)
      this.ctx = { ...this.ctx, sessionId: msg.sessionId };
      this.clock.clearTimeout(this.setupTimer);
      this.setupTimer = undefined;
      this.emit({ type: 'v2g.session', sessionId: msg.sessionId, atMs: now });
    } else if (msg.sessionId !== this.ctx.sessionId) {
      this.log.warn(
        { got: msg.sessionId, ours: this.ctx.sessionId, name: msg.name },
        'response with another SessionID',
      );
    }
    const code = msg.body.ResponseCode;
    const tolerant = awaiting.msg === 'WeldingDetection' || awaiting.msg === 'SessionStop';
    if (typeof code !== 'string' || !code.startsWith('OK')) {
      if (!tolerant) {
        this.fail('failedResponse', `${msg.name} ${String(code)}`);
        return;
      }
      this.log.warn({ name: msg.name, code }, 'failed response after charging tolerated');
    }
    const st = (msg.body.DC_EVSEStatus as Obj | undefined)?.EVSEStatusCode;
    if (typeof st === 'string' && EMERGENCY_STATUS.has(st) && STATUS_CHECKED.includes(awaiting.msg)) {
      this.fail(st === 'EVSE_EmergencyShutdown' ? 'emergency' : 'evseShutdown', `${msg.name}: ${st}`);
      return;
    }
    const handler = EVCC_REQUESTS[awaiting.msg];
    if (!handler) {
      this.fail('local', `no handler for ${awaiting.msg}`);
      return;
    }
    const ctx: EvccCtx = { ...this.ctx, nowMs: now, ev: this.snapshot() };
    const r = handler.onResponse(msg.body, ctx, awaiting.variant);
    this.ctx = r.ctx;
    if (awaiting.msg === 'CurrentDemand' || awaiting.msg === 'PreCharge' || awaiting.msg === 'WeldingDetection') {
      this.battery.observeCharger?.(this.ctx.evse.presentVoltageV ?? 0, this.ctx.evse.presentCurrentA ?? 0);
    }
    let next = r.next;
    // the charger asks to stop before energy flows (EVSE_Shutdown in PreCharge): end the session
    if (awaiting.msg === 'PreCharge' && evseWantsStop(this.ctx) && next.type === 'send') {
      next = { type: 'send', msg: 'SessionStop', delayMs: 0, beforeSend: this.openEverything() };
    }
    this.applyEffects(r.effects ?? []);
    this.proceed(next);
  }

  private onAppHandRes(doc: ExiDocument, now: number): void {
    const code = (doc.supportedAppProtocolRes as { ResponseCode?: unknown } | undefined)?.ResponseCode;
    this.emit({
      type: 'v2g.message',
      dir: 'rx',
      name: Object.keys(doc)[0] ?? '?',
      atMs: now,
      responseCode: typeof code === 'string' ? code : undefined,
    });
    const r = evaluateAppProtocolRes(doc, this.ctx.config.protocols, this.ctx.config.firstSchemaId);
    if ('error' in r) {
      this.fail('noProtocol', r.error);
      return;
    }
    const { timing, timingPreset } = this.settings;
    this.ctx = {
      ...this.ctx,
      protocol: r.protocol,
      config: { ...this.ctx.config, timing: evccTiming(r.protocol, timingPreset, timing) },
    };
    this.port.expect(PROTOCOLS[r.protocol].schema);
    this.emit({ type: 'v2g.protocol', protocol: r.protocol, schemaId: 0, atMs: now });
    this.log.info({ protocol: r.protocol, minorDeviation: r.minorDeviation }, 'protocol negotiated');
    this.proceed({ type: 'send', msg: 'SessionSetup', delayMs: 0 });
  }

  /** Safe-state effects for an early stop: CP to B, contactors open. */
  private openEverything(): EvccEffect[] {
    return [
      { type: 'setStateC', on: false },
      { type: 'setContactors', closed: false },
    ];
  }

  private proceed(next0: EvccNext): void {
    let next = next0;
    if (next.type === 'send' && this.ctx.stopRequested && BEFORE_CHARGING.includes(next.msg)) {
      next = { type: 'send', msg: 'SessionStop', delayMs: 0, beforeSend: this.openEverything() };
    }
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
    const go = () => {
      this.sendTimer = undefined;
      if (this.finished || this.closing) return;
      if (beforeSend) this.applyEffects(beforeSend);
      this.sendRequest(msg, variant);
    };
    if (next.delayMs > 0) this.sendTimer = this.clock.setTimeout(go, next.delayMs);
    else go();
  }

  private sendRequest(msg: MessageName, variant?: Variant): void {
    const handler = EVCC_REQUESTS[msg];
    if (!handler) {
      this.fail('local', `no request builder for ${msg}`);
      return;
    }
    const now = this.clock.now();
    const prev = this.lastState;
    this.ctx = { ...this.ctx, nowMs: now, ev: this.snapshot() };
    const body = handler.build(this.ctx, variant);
    const name = requestName(this.ctx.protocol, msg);
    // SessionSetupReq carries an all-zero SessionID (pyPLC/Ioniq: 8 bytes of 00)
    const resume = this.ctx.config.resumeSessionId.toLowerCase();
    const sid = msg === 'SessionSetup' ? resume || '0000000000000000' : this.ctx.sessionId;
    this.port.send(v2gMessage(sid, name, body), PROTOCOLS[this.ctx.protocol].schema);
    this.emit({ type: 'v2g.message', dir: 'tx', name, atMs: now });
    const state = variant ? `${msg}(${variant})` : msg;
    if (state !== prev) {
      this.lastState = state;
      this.emit({ type: 'v2g.state', state, atMs: now });
    }
    this.armMsgTimer(msg);
  }
  private lastState = '';

  private armMsgTimer(msg: MessageName): void {
    const ms = this.ctx.config.timing.msgTimeoutMs[msg];
    this.msgTimer = this.clock.setTimeout(() => {
      this.msgTimer = undefined;
      const h = EVCC_REQUESTS[msg];
      if (h?.onTimeout && msg !== 'supportedAppProtocol') {
        this.log.warn({ msg, ms }, 'no response, continuing (field tolerance)');
        const r = h.onTimeout({ ...this.ctx, nowMs: this.clock.now() });
        this.ctx = r.ctx;
        this.proceed(r.next);
        return;
      }
      this.fail('timeout', `V2G_EVCC_Msg_Timeout: no ${msg}Res within ${ms} ms`);
    }, ms);
  }

  private clearMsgTimer(): void {
    if (this.msgTimer !== undefined) this.clock.clearTimeout(this.msgTimer);
    this.msgTimer = undefined;
  }

  private applyEffects(effects: readonly EvccEffect[]): void {
    const now = this.clock.now();
    for (const e of effects) {
      switch (e.type) {
        case 'setStateC':
          this.battery.setStateC(e.on);
          break;
        case 'setContactors':
          this.battery.setContactors(e.closed);
          break;
        case 'chargingStarted':
          this.emit({ type: 'v2g.chargingStarted', atMs: now });
          break;
        case 'chargingStopped':
          this.emit({ type: 'v2g.chargingStopped', atMs: now });
          break;
        case 'chargeLoop':
          this.emit({
            type: 'v2g.chargeLoop',
            atMs: now,
            count: this.ctx.chargeLoopCount,
            presentVoltageV: this.ctx.evse.presentVoltageV ?? 0,
            presentCurrentA: this.ctx.evse.presentCurrentA ?? 0,
            targetVoltageV: this.ctx.ev.targetVoltageV,
            targetCurrentA: this.ctx.ev.targetCurrentA,
            socPercent: this.battery.socPercent(),
          });
          break;
        case 'armReadyToCharge': {
          const ms = this.ctx.config.timing.readyToChargeMs;
          this.readyTimer = this.clock.setTimeout(
            () => this.fail('timeout', `V2G_EVCC_ReadyToCharge: no PowerDeliveryRes(start) within ${ms} ms`),
            ms,
          );
          break;
        }
        case 'clearReadyToCharge':
          if (this.readyTimer !== undefined) this.clock.clearTimeout(this.readyTimer);
          this.readyTimer = undefined;
          break;
      }
    }
  }

  private snapshot(): EvSnapshot {
    const b = this.battery;
    return {
      limits: b.limits(),
      socPercent: b.socPercent(),
      batteryVoltageV: b.batteryVoltageV(),
      targetVoltageV: b.targetVoltageV(),
      targetCurrentA: b.targetCurrentA(),
      inletVoltageV: b.inletVoltageV?.(),
      chargingComplete: b.chargingComplete(),
      contactorsClosed: b.contactorsClosed(),
    };
  }

  private clearTimers(): void {
    this.clearMsgTimer();
    for (const t of [this.sendTimer, this.setupTimer, this.readyTimer]) if (t !== undefined) this.clock.clearTimeout(t);
    this.sendTimer = this.setupTimer = this.readyTimer = undefined;
  }

  private done(): void {
    if (this.finished || this.closing) return;
    this.clearTimers();
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
    this.clearTimers();
    const now = this.clock.now();
    this.log.warn({ reason, detail, state: this.awaiting?.msg }, 'v2g session failed, safe shutdown');
    this.emit({ type: 'v2g.failed', reason, detail, atMs: now });
    if (this.ctx.charging) this.emit({ type: 'v2g.chargingStopped', atMs: now });
    this.ctx = { ...this.ctx, charging: false };
    this.awaiting = undefined;
    // pyPLC safe shutdown: state B now (the charger must cut the current), contactors open a little later
    this.battery.setStateC(false);
    this.unsubscribe?.();
    this.port.close();
    const outcome: EvccOutcome = { ok: false, reason, detail };
    if (this.battery.contactorsClosed()) {
      this.clock.setTimeout(() => {
        this.battery.setContactors(false);
        this.closing = false;
        this.finish(outcome);
      }, this.ctx.config.safeShutdownContactorDelayMs);
    } else {
      this.closing = false;
      this.finish(outcome);
    }
  }

  private finish(outcome: EvccOutcome): void {
    if (this.finished) return;
    this.finished = true;
    this.unsubscribe?.();
    this.port.close();
    this.emit({ type: 'v2g.closed', atMs: this.clock.now(), ok: outcome.ok });
    this.resolveOutcome(outcome);
  }

  private emit(e: V2gEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch (err) {
        this.log.error({ err, event: e.type }, 'event listener threw');
      }
    }
  }
}
