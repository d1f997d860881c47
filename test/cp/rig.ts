/** Test rig: a simulated CP line, both boards, and the CP actors on one ManualClock. */

import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import type { EvseCpEvent } from '../../src/cp/evse-cp.events.js';
import { type EvseCpInput, evseCpMachine } from '../../src/cp/evse-cp.machine.js';
import type { PevCpEvent } from '../../src/cp/pev-cp.events.js';
import { type PevCpInput, pevCpMachine } from '../../src/cp/pev-cp.machine.js';
import { SimEvseBoard, SimPevBoard } from '../../src/hal/sim/board.js';
import { SimCpLine } from '../../src/hal/sim/cp-line.js';

export function evseRig(input: Partial<Omit<EvseCpInput, 'clock'>> = {}) {
  const clock = new ManualClock();
  const line = new SimCpLine();
  const board = new SimEvseBoard(line, clock);
  const events: EvseCpEvent[] = [];
  const actor = createActor(evseCpMachine, { clock, input: { ports: board, clock, ...input } });
  actor.on('*', (e) => events.push(e));
  actor.start();
  clock.advance(20); // settle: A detected
  return {
    clock,
    line,
    board,
    actor,
    events,
    /** Event types (without the `evseCp.` prefix) emitted at or after `since`. */
    types(since = -Infinity): string[] {
      return events.filter((e) => e.at >= since).map((e) => e.type.slice(7));
    },
    /** The parallel regions' values while running (car, pilot, power). */
    value: () =>
      ((actor.getSnapshot().value as { running?: Record<string, unknown> }).running ?? {}) as Record<string, unknown>,
    ctx: () => actor.getSnapshot().context,
    /** Plug in, offer nominal 16 A, allow power, close S2: the contactor is closed afterwards. */
    charge(amps = 16) {
      line.plug();
      clock.advance(20);
      actor.send({ type: 'startNominal', amps, via: 'direct' });
      actor.send({ type: 'allowPower' });
      line.setS2(true);
      clock.advance(20);
      if (!board.contactor.get()) throw new Error('rig: contactor did not close');
    },
  };
}

export function pevRig(input: Partial<Omit<PevCpInput, 'clock'>> = {}) {
  const clock = new ManualClock();
  const line = new SimCpLine();
  const evseBoard = new SimEvseBoard(line, clock);
  const board = new SimPevBoard(line, clock);
  const events: PevCpEvent[] = [];
  const actor = createActor(pevCpMachine, { clock, input: { ports: board, clock, ...input } });
  actor.on('*', (e) => events.push(e));
  actor.start();
  clock.advance(20);
  return {
    clock,
    line,
    evse: evseBoard,
    board,
    actor,
    events,
    types(since = -Infinity): string[] {
      return events.filter((e) => e.at >= since).map((e) => e.type.slice(6));
    },
    value: () => actor.getSnapshot().value,
  };
}
