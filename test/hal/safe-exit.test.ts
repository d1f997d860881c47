import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { evseSafeState } from '../../src/hal/ports.js';
import { installExitSafety } from '../../src/hal/safe-exit.js';
import { SimEvseBoard } from '../../src/hal/sim/board.js';
import { SimCpLine } from '../../src/hal/sim/cp-line.js';

class FakeProcess extends EventEmitter {
  exits: number[] = [];
  exit(code = 0): void {
    this.exits.push(code);
  }
}

function charging() {
  const line = new SimCpLine();
  const board = new SimEvseBoard(line, new ManualClock());
  board.pwm.setDuty(26.67);
  board.contactor.set(true);
  return { line, board };
}

describe('installExitSafety', () => {
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
    it(`${sig}: contactor open, CP at -12 V, then exit with 128+n`, () => {
      const { line, board } = charging();
      const proc = new FakeProcess();
      installExitSafety(() => evseSafeState(board), { proc });
      proc.emit(sig);
      assert.equal(board.contactor.get(), false);
      assert.deepEqual(line.generator, { kind: 'low' });
      assert.deepEqual(proc.exits, [{ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[sig]]);
    });
  }

  it('uncaught exception and process exit: safe, once', () => {
    const { board } = charging();
    const proc = new FakeProcess();
    let calls = 0;
    const logs: string[] = [];
    installExitSafety(
      () => {
        calls++;
        evseSafeState(board);
      },
      { proc, log: (m) => logs.push(m) },
    );
    proc.emit('uncaughtException', new Error('boom'));
    proc.emit('exit', 1);
    assert.equal(board.contactor.get(), false);
    assert.equal(calls, 1);
    assert.deepEqual(proc.exits, [1]);
    assert.match(logs[0] ?? '', /boom/);
  });

  it('exitOnSignal false leaves the shutdown to the caller; uninstall removes the handlers', () => {
    const { board } = charging();
    const proc = new FakeProcess();
    const off = installExitSafety(() => evseSafeState(board), { proc, exitOnSignal: false });
    proc.emit('SIGTERM');
    assert.deepEqual(proc.exits, []);
    assert.equal(board.contactor.get(), false);
    off();
    assert.equal(proc.listenerCount('SIGTERM'), 0);
    assert.equal(proc.listenerCount('exit'), 0);
  });

  it('a throwing safe() is reported, not rethrown', () => {
    const proc = new FakeProcess();
    const logs: string[] = [];
    installExitSafety(
      () => {
        throw new Error('gpio gone');
      },
      { proc, log: (m) => logs.push(m) },
    );
    assert.doesNotThrow(() => proc.emit('exit', 0));
    assert.match(logs[0] ?? '', /gpio gone/);
  });
});
