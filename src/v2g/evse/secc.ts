/**
 * SECC session driver: one V2G session on one connection (DESIGN.md: one session per TCP connection).
 * It admits every request (request-admission.ts: protocol, SessionID, sequence table), runs the pure handler for
 * it, applies the handler's effects to the power stage (power-stage-bridge.ts) and sends the response. Peer
 * mistakes become protocol answers (FAILED_SequenceError / FAILED_UnknownSession / FAILED, then close; style
 * guide P9). Timers (secc-timers.ts) end the session in the safe state (output off, contactors open).
 * Options and defaults live in secc-settings.ts, the supportedAppProtocol step in apphand-answer.ts.
 * Knows no transport and no codec: it talks through a V2gMessagePort.
 */

import { randomBytes as nodeRandomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import { childLog, type Log, silentLogger } from '../../core/log.js';
import { type EvseAuthorizer, type EvsePowerStage, FREE_VENDING } from '../controller.js';
import { V2gEventHub } from '../event-hub.js';
import type { V2gEvent, V2gEventListener, V2gFailReason } from '../events.js';
import { messageDetail } from '../message-detail.js';
import { parseV2gMessage, v2gMessage } from '../messages.js';
import type { PortEvent, V2gMessagePort } from '../port.js';
import { PROTOCOLS } from '../protocols.js';
import type { SeccState } from '../sequence.js';
import { seccTiming } from '../timing.js';
import type { ExiDocument, Obj, ResponseCode, V2gProtocol } from '../types.js';
import { answerAppHand } from './apphand-answer.js';
import { BadContent, type SeccCtx, type SeccHandler } from './context.js';
import { failedResponse } from './failed-responses.js';
import { applySeccEffects, evseSnapshot } from './power-stage-bridge.js';
import { admitRequest } from './request-admission.js';
import { resolveSeccConfig, type SeccOptions, type SeccSettings, type V2gOutcome } from './secc-settings.js';
import { SeccTimers } from './secc-timers.js';
import { newSessionId, responseSessionId } from './session-id.js';

export { DEFAULT_SECC_CONFIG, type SeccOptions, type SeccSettings, type V2gOutcome } from './secc-settings.js';

export class Secc {
  private readonly port: V2gMessagePort;
  private readonly clock: Clock;
  private readonly stage: EvsePowerStage;
  private readonly authorizer: EvseAuthorizer;
  private readonly log: Log;
  private readonly events: V2gEventHub;
  private readonly randomBytes: (n: number) => Uint8Array;
  private readonly settings: SeccSettings;
  private readonly timers: SeccTimers;
  /** Bound, so the helper modules can report through it. */
  private readonly emit = (e: V2gEvent): void => this.events.emit(e);
  private ctx: SeccCtx;
  private unsubscribe?: () => void;
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
    this.events = new V2gEventHub(this.log, opts); // message log first, then opts.onEvent
    this.timers = new SeccTimers(this.clock, (detail) => this.fail('timeout', detail));
    const config = resolveSeccConfig(this.settings);
    this.ctx = {
      protocol: config.protocols[0] ?? 'din',
      state: 'WaitForSupportedAppProtocol',
      sessionId: '',
      rxSessionId: '',
      proposedSessionId: '',
      resumableSessionId: (opts.resumableSessionId ?? '').toLowerCase(),
      nowMs: this.clock.now(),
      config,
      evse: evseSnapshot(this.stage, this.authorizer, ''),
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
    return this.events.add(l);
  }

  /** Start serving the connection: wait for supportedAppProtocolReq. */
  start(): void {
    this.unsubscribe = this.port.subscribe((e) => this.onPort(e));
    this.port.expect('apphand');
    this.timers.startCommunicationSetup(this.ctx.config.timing.communicationSetupMs);
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
    this.timers.clearSequence();
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
    this.emit({ type: 'v2g.message', dir: 'rx', name, atMs: now, detail: messageDetail(name, body) });
    const admission = admitRequest(this.ctx, name, rxSid);
    if (!admission.ok) {
      const { answer, reason, detail } = admission;
      if (answer) this.answerFailed(name, answer, reason, detail);
      else this.fail(reason, detail);
      return;
    }
    const handler: SeccHandler = admission.handler;
    const ctx: SeccCtx = {
      ...this.ctx,
      nowMs: now,
      rxSessionId: rxSid,
      proposedSessionId:
        name === 'SessionSetupReq' ? newSessionId(this.randomBytes, this.ctx.config.sessionIdBytes) : '',
      evse: evseSnapshot(this.stage, this.authorizer, this.ctx.ev.evccId ?? ''),
    };
    let result: ReturnType<SeccHandler>;
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
    if (name === 'SessionSetupReq') this.timers.stopCommunicationSetup();
    const prevState = this.ctx.state;
    this.ctx = { ...result.ctx, state: result.next };
    applySeccEffects(this.stage, result.effects, this.emit, this.clock.now());
    const opening = result.effects.some((e) => e.type === 'setContactors' && !e.closed);
    if (opening && this.stage.whenOpen) {
      // the answer lets the car go to state B (the CP machine then opens the contactor outright): send it only
      // once the stage has brought the current down and opened the contactors (bounded by the stage)
      this.stage.whenOpen(() => {
        if (!this.finished) this.respond(name, now, prevState, result);
      });
      return;
    }
    this.respond(name, now, prevState, result);
  }

  private respond(name: string, now: number, prevState: SeccState, result: ReturnType<SeccHandler>): void {
    const resName = name.replace(/Req$/, 'Res');
    this.sendV2g(resName, result.res);
    if (name === 'SessionSetupReq') this.emit({ type: 'v2g.session', sessionId: this.ctx.sessionId, atMs: now });
    if (name === 'CurrentDemandReq') this.emitChargeLoop(now);
    if (prevState !== this.ctx.state) this.emit({ type: 'v2g.state', state: this.ctx.state, atMs: now });
    if (result.close) {
      this.finish({ ok: true });
      return;
    }
    this.timers.armSequence(this.ctx);
  }

  private onAppHand(doc: ExiDocument, now: number): void {
    const r = answerAppHand(doc, this.ctx.config.protocols, { port: this.port, log: this.log, emit: this.emit }, now);
    if (!r.ok) {
      this.fail(r.reason, r.detail);
      return;
    }
    this.ctx = { ...this.ctx, protocol: r.protocol, state: 'WaitForSessionSetup' };
    // the sequence timeout and performance times are protocol specific from here on
    const { timing } = this.settings;
    this.ctx = { ...this.ctx, config: { ...this.ctx.config, timing: seccTiming(r.protocol, timing) } };
    this.port.expect(PROTOCOLS[r.protocol].schema);
    this.emit({ type: 'v2g.protocol', protocol: r.protocol, schemaId: r.schemaId, atMs: now });
    this.emit({ type: 'v2g.state', state: this.ctx.state, atMs: now });
    this.timers.armSequence(this.ctx);
  }

  private emitChargeLoop(now: number): void {
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

  private sendV2g(name: string, body: Obj): void {
    const now = this.clock.now();
    this.port.send(v2gMessage(responseSessionId(this.ctx), name, body), PROTOCOLS[this.ctx.protocol].schema);
    const code = typeof body.ResponseCode === 'string' ? body.ResponseCode : undefined;
    this.emit({
      type: 'v2g.message',
      dir: 'tx',
      name,
      atMs: now,
      responseCode: code,
      detail: messageDetail(name, body),
    });
  }

  /** Answer `request` with a FAILED code, then close ([V2G-DC-665], [V2G2-539]). */
  private answerFailed(request: string, code: ResponseCode, reason: V2gFailReason, detail: string): void {
    const evse = evseSnapshot(this.stage, this.authorizer, this.ctx.ev.evccId ?? '');
    const ctx = { ...this.ctx, evse, nowMs: this.clock.now() };
    const failed = failedResponse(request, code, ctx);
    this.log.warn({ name: request, code, state: this.ctx.state, detail }, 'answering failed response');
    // every response, FAILED_UnknownSession included, carries the SessionID this SECC assigned in SessionSetupRes
    // (the header's SessionID names the session of the SECC, DIN 70121 / ISO 15118-2 message header; EVerest,
    // Josev and a Tesla Supercharger in the field answer the same), so the car sees which session is valid. Never the previous request's ID: straight
    // after SessionSetup that was the car's all-zero "no session" ID.
    if (failed) {
      this.port.send(
        v2gMessage(responseSessionId(this.ctx), failed.name, failed.body),
        PROTOCOLS[this.ctx.protocol].schema,
      );
      this.emit({ type: 'v2g.message', dir: 'tx', name: failed.name, atMs: this.clock.now(), responseCode: code });
    }
    this.fail(reason, detail);
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
    this.timers.clearAll();
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
}
