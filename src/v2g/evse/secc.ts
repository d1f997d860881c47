/**
 * SECC session driver: one V2G session on one connection (DESIGN.md: one session per TCP connection).
 * It checks every request against the sequence table (sequence.ts), the SessionID, then runs the pure handler
 * for it, applies the handler's effects to the power stage and sends the response. Peer mistakes become
 * protocol answers (FAILED_SequenceError / FAILED_UnknownSession / FAILED, then close; style guide P9).
 * Timers run on the injected Clock: communication setup (start -> SessionSetupReq) and the sequence timeout
 * (response sent -> next request; the shorter charge loop timeout while DC current flows), all ending the session
 * in the safe state (output off, contactors open).
 * Knows no transport and no codec: it talks through a V2gMessagePort.
 */

import { randomBytes as nodeRandomBytes } from 'node:crypto';
import type { Clock, TimerHandle } from '../../core/clock.js';
import { childLog, type Log, silentLogger } from '../../core/log.js';
import { selectAppProtocol } from '../apphand.js';
import { type EvseAuthorizer, type EvsePowerStage, FREE_VENDING } from '../controller.js';
import type { V2gEvent, V2gEventListener, V2gFailReason } from '../events.js';
import { type MessageLogLevel, v2gMessageLog } from '../message-log.js';
import { parseV2gMessage, v2gMessage } from '../messages.js';
import type { PortEvent, V2gMessagePort } from '../port.js';
import { PROTOCOLS } from '../protocols.js';
import { isAllowed, REQUEST_NAMES, type SeccState } from '../sequence.js';
import { type SeccTimingOverrides, seccTiming } from '../timing.js';
import type { ExiDocument, Obj, ResponseCode, V2gProtocol } from '../types.js';
import { BadContent, type EvseSnapshot, type SeccConfig, type SeccCtx, type SeccEffect } from './context.js';
import { failedResponse } from './failed-responses.js';
import { SECC_HANDLERS } from './handlers/index.js';

export interface SeccSettings extends Partial<Omit<SeccConfig, 'timing'>> {
  timing?: SeccTimingOverrides;
}

export interface SeccOptions {
  port: V2gMessagePort;
  clock: Clock;
  powerStage: EvsePowerStage;
  authorizer?: EvseAuthorizer;
  settings?: SeccSettings;
  log?: Log;
  /** Level of the per-message log lines (default info; `sim` uses debug: its timeline shows the progress). */
  messageLogLevel?: MessageLogLevel;
  onEvent?: V2gEventListener;
  /** Source of SessionIDs (tests inject a fixed one). */
  randomBytes?: (n: number) => Uint8Array;
  /** SessionID of a paused session this connection may resume (ISO-2). */
  resumableSessionId?: string;
}

export interface V2gOutcome {
  ok: boolean;
  reason?: V2gFailReason;
  detail?: string;
}

/** States in which the DC output carries the car's requested current. */
const DC_ENERGY_TRANSFER_STATES: readonly SeccState[] = ['WaitForCurrentDemand', 'WaitForCurrentDemandOrPowerDelivery'];

export const DEFAULT_SECC_CONFIG: Omit<SeccConfig, 'timing'> = {
  protocols: ['din', 'iso2'],
  evseId: 'ZZ00000', // pyPLC/OpenV2Gx default; real chargers use e.g. "DE*ABC*E123" (ISO-2) or its bytes (DIN)
  sessionIdBytes: 8,
  dinEnergyTransferType: 'DC_extended',
  iso2EnergyTransferModes: ['DC_extended'],
  acNominalVoltageV: 230,
  preChargeMaxCurrentA: 2,
  isolationRunningStatus: 'EVSE_IsolationMonitoringActive',
};

export class Secc {
  private readonly port: V2gMessagePort;
  private readonly clock: Clock;
  private readonly stage: EvsePowerStage;
  private readonly authorizer: EvseAuthorizer;
  private readonly log: Log;
  private readonly listeners: V2gEventListener[] = [];
  private readonly randomBytes: (n: number) => Uint8Array;
  private readonly settings: SeccSettings;
  private ctx: SeccCtx;
  private unsubscribe?: () => void;
  private setupTimer?: TimerHandle;
  private sequenceTimer?: TimerHandle;
  private finished = false;
  private resolveOutcome!: (o: V2gOutcome) => void;
  /** Resolves once when the session ends (normally or not). */
  readonly outcome: Promise<V2gOutcome>;

  constructor(opts: SeccOptions) {
    this.port = opts.port;
    this.clock = opts.clock;
    this.stage = opts.powerStage;
    this.authorizer = opts.authorizer ?? FREE_VENDING;
    this.log = childLog(opts.log ?? silentLogger(), 'secc');
    this.randomBytes = opts.randomBytes ?? ((n) => nodeRandomBytes(n));
    this.settings = opts.settings ?? {};
    // the one place each message is logged (message-log.ts); listeners must not log messages again
    this.listeners.push(v2gMessageLog(this.log, { level: opts.messageLogLevel }));
    if (opts.onEvent) this.listeners.push(opts.onEvent);
    const { timing, ...rest } = this.settings;
    const config: SeccConfig = { ...DEFAULT_SECC_CONFIG, ...rest, timing: seccTiming(undefined, timing) };
    if (!Number.isInteger(config.sessionIdBytes) || config.sessionIdBytes < 1 || config.sessionIdBytes > 8) {
      throw new RangeError('sessionIdBytes must be 1..8 (sessionIDType maxLength 8)');
    }
    this.ctx = {
      protocol: config.protocols[0] ?? 'din',
      state: 'WaitForSupportedAppProtocol',
      sessionId: '',
      rxSessionId: '',
      proposedSessionId: '',
      resumableSessionId: (opts.resumableSessionId ?? '').toLowerCase(),
      nowMs: this.clock.now(),
      config,
      evse: this.snapshot(''),
      ev: {},
      isolationStarted: false,
      stopRequested: false,
      emergency: false,
      charging: false,
      renegotiating: false,
      chargeLoopCount: 0,
    };
    this.outcome = new Promise((r) => {
      this.resolveOutcome = r;
    });
  }

  get state(): SeccState {
    return this.ctx.state;
  }
  get protocol(): V2gProtocol {
    return this.ctx.protocol;
  }
  get sessionId(): string {
    return this.ctx.sessionId;
  }
  /** What the car reported so far (SoC, targets, limits, EVCCID). */
  get ev(): SeccCtx['ev'] {
    return this.ctx.ev;
  }
  get chargeLoopCount(): number {
    return this.ctx.chargeLoopCount;
  }
  /** SessionID that a new connection may resume after a Pause ('' if none). */
  get resumableSessionId(): string {
    return this.ctx.resumableSessionId;
  }

  onEvent(l: V2gEventListener): () => void {
    this.listeners.push(l);
    return () => {
      const i = this.listeners.indexOf(l);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Start serving the connection: wait for supportedAppProtocolReq. */
  start(): void {
    this.unsubscribe = this.port.subscribe((e) => this.onPort(e));
    this.port.expect('apphand');
    this.setupTimer = this.clock.setTimeout(
      () =>
        this.fail(
          'timeout',
          `V2G_SECC_CommunicationSetup: no SessionSetupReq within ${this.ctx.config.timing.communicationSetupMs} ms`,
        ),
      this.ctx.config.timing.communicationSetupMs,
    );
    this.emit({ type: 'v2g.state', state: this.ctx.state, atMs: this.clock.now() });
  }

  /** User/operator stop: the next answers carry EVSE_Shutdown + StopCharging; the current ramps to 0. */
  stopCharging(): void {
    if (this.ctx.stopRequested) return;
    this.log.info({ state: this.ctx.state }, 'stop charging requested');
    this.ctx = { ...this.ctx, stopRequested: true };
    if (this.ctx.charging) this.stage.setTarget('charge', this.ctx.ev.targetVoltageV ?? 0, 0);
  }

  /** Emergency: power stage latched off now; answers carry EVSE_EmergencyShutdown until the car stops. */
  emergencyStop(): void {
    this.log.warn({ state: this.ctx.state }, 'emergency stop');
    this.ctx = { ...this.ctx, emergency: true };
    this.stage.emergencyStop();
  }

  /** Close from above (unplug, shutdown): safe state, connection closed. */
  close(reason = 'closed by session'): void {
    if (this.finished) return;
    if (this.ctx.state === 'Terminated') this.finish({ ok: true });
    else this.fail('local', reason);
  }

  // ---- internals ----

  private onPort(e: PortEvent): void {
    if (this.finished) return;
    if (e.type === 'closed') {
      if (this.ctx.state === 'Terminated') this.finish({ ok: true });
      else this.fail('connectionClosed', `connection closed in ${this.ctx.state}`);
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
    this.clearSequenceTimer();
    if (this.ctx.state === 'WaitForSupportedAppProtocol') {
      this.onAppHand(doc, now);
      return;
    }
    const msg = parseV2gMessage(doc);
    if ('error' in msg) {
      this.fail('badMessage', msg.error);
      return;
    }
    const { name, body, sessionId: rxSid } = msg;
    this.emit({ type: 'v2g.message', dir: 'rx', name, atMs: now });
    if (!REQUEST_NAMES[this.ctx.protocol].includes(name)) {
      this.fail('badMessage', `${name} is not a ${PROTOCOLS[this.ctx.protocol].label} request`);
      return;
    }
    // [V2G-DC-391] / [V2G2-460]: a request with another SessionID than ours is answered FAILED_UnknownSession
    if (this.ctx.sessionId && name !== 'SessionSetupReq' && rxSid !== this.ctx.sessionId) {
      this.answerFailed(name, 'FAILED_UnknownSession', 'unknownSession', `SessionID ${rxSid} != ${this.ctx.sessionId}`);
      return;
    }
    if (!isAllowed(this.ctx.protocol, this.ctx.state, name)) {
      this.answerFailed(name, 'FAILED_SequenceError', 'sequenceError', `${name} not allowed in ${this.ctx.state}`);
      return;
    }
    const handler = SECC_HANDLERS[this.ctx.protocol][name];
    if (!handler) {
      this.answerFailed(name, 'FAILED', 'badContent', `${name} is not supported`);
      return;
    }
    const ctx: SeccCtx = {
      ...this.ctx,
      nowMs: now,
      rxSessionId: rxSid,
      proposedSessionId: name === 'SessionSetupReq' ? this.newSessionId() : '',
      evse: this.snapshot(this.ctx.ev.evccId ?? ''),
    };
    let result: ReturnType<typeof handler>;
    try {
      result = handler(body, ctx);
    } catch (err) {
      this.ctx = { ...ctx };
      if (err instanceof BadContent) this.answerFailed(name, err.code, err.reason, err.message);
      else {
        this.log.error({ err, name }, 'handler crashed');
        this.answerFailed(name, 'FAILED', 'badContent', `internal error in ${name}: ${(err as Error).message}`);
      }
      return;
    }
    if (name === 'SessionSetupReq') {
      this.clock.clearTimeout(this.setupTimer);
      this.setupTimer = undefined;
    }
    const prevState = this.ctx.state;
    this.ctx = { ...result.ctx, state: result.next };
    this.applyEffects(result.effects);
    const resName = name.replace(/Req$/, 'Res');
    this.sendV2g(resName, result.res);
    if (name === 'SessionSetupReq') this.emit({ type: 'v2g.session', sessionId: this.ctx.sessionId, atMs: now });
    if (name === 'CurrentDemandReq') {
      this.emit({
        type: 'v2g.chargeLoop',
        atMs: now,
        count: this.ctx.chargeLoopCount,
        presentVoltageV: this.ctx.evse.presentVoltageV,
        presentCurrentA: this.ctx.evse.presentCurrentA,
        targetVoltageV: this.ctx.ev.targetVoltageV ?? 0,
        targetCurrentA: this.ctx.ev.targetCurrentA ?? 0,
        socPercent: this.ctx.ev.socPercent,
      });
    }
    if (prevState !== this.ctx.state) this.emit({ type: 'v2g.state', state: this.ctx.state, atMs: now });
    if (result.close) {
      this.finish({ ok: true });
      return;
    }
    this.armSequenceTimer();
  }

  private onAppHand(doc: ExiDocument, now: number): void {
    if (!doc.supportedAppProtocolReq) {
      this.fail('badMessage', `expected supportedAppProtocolReq, got ${Object.keys(doc)[0] ?? 'nothing'}`);
      return;
    }
    this.emit({ type: 'v2g.message', dir: 'rx', name: 'supportedAppProtocolReq', atMs: now });
    const sel = selectAppProtocol(doc, this.ctx.config.protocols);
    this.log.info(
      {
        offered: sel.offered.map(
          (o) =>
            `${o.ProtocolNamespace} ${o.VersionNumberMajor}.${o.VersionNumberMinor} id=${o.SchemaID} prio=${o.Priority}`,
        ),
        chosen: sel.protocol,
      },
      'protocol negotiation: what the car offered',
    );
    this.port.send(sel.res, 'apphand');
    this.emit({
      type: 'v2g.message',
      dir: 'tx',
      name: 'supportedAppProtocolRes',
      atMs: now,
      responseCode: sel.responseCode,
    });
    if (!sel.protocol) {
      this.fail('noProtocol', 'no offered protocol is enabled');
      return;
    }
    this.ctx = { ...this.ctx, protocol: sel.protocol, state: 'WaitForSessionSetup' };
    // the sequence timeout and performance times are protocol specific from here on
    const { timing } = this.settings;
    this.ctx = { ...this.ctx, config: { ...this.ctx.config, timing: seccTiming(sel.protocol, timing) } };
    this.port.expect(PROTOCOLS[sel.protocol].schema);
    this.emit({ type: 'v2g.protocol', protocol: sel.protocol, schemaId: sel.schemaId ?? 0, atMs: now });
    this.emit({ type: 'v2g.state', state: this.ctx.state, atMs: now });
    this.armSequenceTimer();
  }

  private sendV2g(name: string, body: Obj): void {
    const now = this.clock.now();
    this.port.send(v2gMessage(this.ctx.sessionId || '00', name, body), PROTOCOLS[this.ctx.protocol].schema);
    const code = typeof body.ResponseCode === 'string' ? body.ResponseCode : undefined;
    this.emit({ type: 'v2g.message', dir: 'tx', name, atMs: now, responseCode: code });
  }

  /** Answer `request` with a FAILED code, then close ([V2G-DC-665], [V2G2-539]). */
  private answerFailed(request: string, code: ResponseCode, reason: V2gFailReason, detail: string): void {
    const ctx = { ...this.ctx, evse: this.snapshot(this.ctx.ev.evccId ?? ''), nowMs: this.clock.now() };
    const failed = failedResponse(request, code, ctx);
    this.log.warn({ name: request, code, state: this.ctx.state, detail }, 'answering failed response');
    // a FAILED_UnknownSession answer carries the SessionID the car used, others ours
    const sid = code === 'FAILED_UnknownSession' ? ctx.rxSessionId || this.ctx.sessionId : this.ctx.sessionId;
    if (failed) {
      this.port.send(v2gMessage(sid || '00', failed.name, failed.body), PROTOCOLS[this.ctx.protocol].schema);
      this.emit({ type: 'v2g.message', dir: 'tx', name: failed.name, atMs: this.clock.now(), responseCode: code });
    }
    this.fail(reason, detail);
  }

  private applyEffects(effects: readonly SeccEffect[]): void {
    const now = this.clock.now();
    for (const e of effects) {
      switch (e.type) {
        case 'startIsolationCheck':
          this.stage.startIsolationCheck();
          break;
        case 'setTarget':
          this.stage.setTarget(e.mode, e.voltageV, e.currentA);
          break;
        case 'setContactors':
          this.stage.setContactors(e.closed);
          break;
        case 'chargingStarted':
          this.emit({ type: 'v2g.chargingStarted', atMs: now });
          break;
        case 'chargingStopped':
          this.emit({ type: 'v2g.chargingStopped', atMs: now });
          break;
        case 'sessionStopped':
        case 'paused':
          this.emit({ type: 'v2g.sessionStopped', atMs: now });
          break;
      }
    }
  }

  private snapshot(evccId: string): EvseSnapshot {
    const s = this.stage;
    return {
      limits: s.limits(),
      presentVoltageV: s.presentVoltageV(),
      presentCurrentA: s.presentCurrentA(),
      isolation: s.isolation(),
      isolationCheckRunning: s.isolationCheckRunning(),
      contactorsClosed: s.contactorsClosed(),
      health: s.health(),
      authorization: this.authorizer.status(evccId),
    };
  }

  private newSessionId(): string {
    const bytes = Buffer.from(this.randomBytes(this.ctx.config.sessionIdBytes)).subarray(
      0,
      this.ctx.config.sessionIdBytes,
    );
    if (bytes.every((b) => b === 0)) bytes[bytes.length - 1] = 1; // all-zero means "no session"
    return bytes.toString('hex');
  }

  private armSequenceTimer(): void {
    const { sequenceTimeoutMs, chargeLoopTimeoutMs } = this.ctx.config.timing;
    const state = this.ctx.state;
    // while DC current flows a silent car must not keep the output on for the whole sequence timeout
    const dcCurrent = this.ctx.charging && DC_ENERGY_TRANSFER_STATES.includes(state);
    const ms = dcCurrent ? Math.min(chargeLoopTimeoutMs, sequenceTimeoutMs) : sequenceTimeoutMs;
    const timer = dcCurrent ? 'charge loop timeout (v2g.secc.chargeLoopTimeoutMs)' : 'V2G_SECC_Sequence_Timeout';
    this.sequenceTimer = this.clock.setTimeout(
      () => this.fail('timeout', `${timer}: no request within ${ms} ms in ${state}`),
      ms,
    );
  }

  private clearSequenceTimer(): void {
    if (this.sequenceTimer !== undefined) this.clock.clearTimeout(this.sequenceTimer);
    this.sequenceTimer = undefined;
  }

  private fail(reason: V2gFailReason, detail: string): void {
    if (this.finished) return;
    this.log.warn({ reason, detail, state: this.ctx.state }, 'v2g session failed');
    this.emit({ type: 'v2g.failed', reason, detail, atMs: this.clock.now() });
    this.finish({ ok: false, reason, detail });
  }

  private finish(outcome: V2gOutcome): void {
    if (this.finished) return;
    this.finished = true;
    this.clearSequenceTimer();
    if (this.setupTimer !== undefined) this.clock.clearTimeout(this.setupTimer);
    // safe state whatever happened: output off, contactors open
    this.stage.setTarget('off', 0, 0);
    this.stage.setContactors(false);
    if (this.ctx.charging) this.emit({ type: 'v2g.chargingStopped', atMs: this.clock.now() });
    this.ctx = { ...this.ctx, state: 'Terminated', charging: false };
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
