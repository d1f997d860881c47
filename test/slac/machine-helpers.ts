/** Drives one SLAC machine through a fake port on a ManualClock, recording what it sends and when. */

import { createActor } from 'xstate';
import { fromHex } from '../../src/core/bytes.js';
import { ManualClock } from '../../src/core/clock.js';
import { type EvseSlacInput, evseSlacMachine } from '../../src/slac/evse.machine.js';
import { encodeMme, type Mme, type MmeFrame } from '../../src/slac/homeplug.js';
import type { SlacReport } from '../../src/slac/machine-io.js';
import { type PevSlacInput, pevSlacMachine } from '../../src/slac/pev.machine.js';
import { fakePort } from './replay-helpers.js';

export const EV_MAC = fromHex('020000000a01');
export const EV2_MAC = fromHex('020000000a02');
export const EVSE_MAC = fromHex('020000000e01');
export const EVSE2_MAC = fromHex('020000000e02');
export const MODEM_MAC = fromHex('0200000000a0');
export const BCAST = Buffer.alloc(6, 0xff);
export const RUN = Buffer.from('0102030405060708', 'hex');

export interface Sent {
  at: number;
  frame: MmeFrame;
}

function harness(mac: Buffer) {
  const clock = new ManualClock();
  const port = fakePort(mac.toString('hex'));
  const log: Sent[] = [];
  const send = port.send;
  port.send = (f) => {
    send(f);
    log.push({ at: clock.now(), frame: port.sent.at(-1) as MmeFrame });
  };
  const reports: SlacReport[] = [];
  const inject = (src: Buffer, msg: Mme, dst: Buffer = mac) => port.inject(encodeMme({ dst, src, msg }));
  const types = () => log.map((s) => s.frame.msg.type);
  return { clock, port, log, reports, inject, types };
}

export function evseHarness(input: Partial<EvseSlacInput> = {}) {
  const h = harness(EVSE_MAC);
  const actor = createActor(evseSlacMachine, {
    clock: h.clock,
    input: { port: h.port, clock: h.clock, random: (n) => Buffer.alloc(n, 0x33), ...input },
  });
  actor.on('*', (e) => h.reports.push(e));
  actor.start();
  return { ...h, actor };
}

export function pevHarness(input: Partial<PevSlacInput> = {}) {
  const h = harness(EV_MAC);
  let seq = 0;
  const actor = createActor(pevSlacMachine, {
    clock: h.clock,
    input: { port: h.port, clock: h.clock, random: (n) => Buffer.alloc(n, ++seq), ...input },
  });
  actor.on('*', (e) => h.reports.push(e));
  actor.start();
  return { ...h, actor };
}

// ---- message builders ---------------------------------------------------------------------------

export const parmReq = (runId = RUN): Mme => ({ type: 'CM_SLAC_PARM.REQ', applicationType: 0, securityType: 0, runId });
export const startAtten = (ev = EV_MAC, runId = RUN): Mme => ({
  type: 'CM_START_ATTEN_CHAR.IND',
  applicationType: 0,
  securityType: 0,
  numSounds: 10,
  timeOut: 6,
  respType: 1,
  forwardingSta: ev,
  runId,
});
export const sound = (cnt: number, runId = RUN): Mme => ({
  type: 'CM_MNBC_SOUND.IND',
  applicationType: 0,
  securityType: 0,
  cnt,
  runId,
});
export const profile = (ev: Buffer, db: number): Mme => ({
  type: 'CM_ATTEN_PROFILE.IND',
  pevMac: ev,
  aag: new Array(58).fill(db),
});
export const attenRsp = (ev = EV_MAC, runId = RUN): Mme => ({
  type: 'CM_ATTEN_CHAR.RSP',
  applicationType: 0,
  securityType: 0,
  sourceAddress: ev,
  runId,
  result: 0,
});
export const matchReq = (ev = EV_MAC, evse = EVSE_MAC, runId = RUN): Mme => ({
  type: 'CM_SLAC_MATCH.REQ',
  applicationType: 0,
  securityType: 0,
  pevMac: ev,
  evseMac: evse,
  runId,
});
export const parmCnf = (ev: Buffer, runId: Buffer): Mme => ({
  type: 'CM_SLAC_PARM.CNF',
  msoundTarget: BCAST,
  numSounds: 10,
  timeOut: 6,
  respType: 1,
  forwardingSta: ev,
  applicationType: 0,
  securityType: 0,
  runId,
});
export const attenInd = (ev: Buffer, runId: Buffer, db: number): Mme => ({
  type: 'CM_ATTEN_CHAR.IND',
  applicationType: 0,
  securityType: 0,
  sourceAddress: ev,
  runId,
  numSounds: 10,
  aag: new Array(58).fill(db),
});
export const matchCnf = (ev: Buffer, evse: Buffer, runId: Buffer, nmkByte = 0x77): Mme => ({
  type: 'CM_SLAC_MATCH.CNF',
  applicationType: 0,
  securityType: 0,
  pevMac: ev,
  evseMac: evse,
  runId,
  nid: Buffer.alloc(7, 0x01),
  nmk: Buffer.alloc(16, nmkByte),
});
export const setKeyCnf = (result = 1): Mme => ({
  type: 'CM_SET_KEY.CNF',
  result,
  myNonce: 0,
  yourNonce: 0,
  pid: 4,
  prn: 0,
  pmn: 0xff,
  ccoCapability: 0,
});
