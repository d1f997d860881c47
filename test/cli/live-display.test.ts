/**
 * `piccs sim` on a terminal: log lines scroll above the progress line, which is redrawn below them; states show by
 * name and whole. A unit test of the display, and the real command in a pseudo-terminal (util-linux `script`).
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stateName } from '../../src/app/sim-sides.js';
import { progressLine } from '../../src/cli/commands/sim.js';
import { TerminalDisplay } from '../../src/cli/live-display.js';
import { renderTerminal } from '../helpers/terminal.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

/** stdout and stderr of one terminal: both append to the same screen text, in order. */
function screen() {
  let text = '';
  const write = (s: string | Buffer) => {
    text += s.toString();
    return true;
  };
  const stream = { write } as unknown as NodeJS.WritableStream;
  return { stream, text: () => text };
}

describe('the live display (unit)', () => {
  it('a log line never lands on the progress line; the progress line is redrawn below it', () => {
    const s = screen();
    const d = new TerminalDisplay({ out: s.stream, err: s.stream, errIsTerminal: true });
    const log = d.logStream();
    d.progress('  1.0 s  U= 400 V  EVSE WaitForCableCheck  PEV CableCheck');
    log.write('04:00:00.000 WARN  [slac.evse] something\n');
    d.line('   1.100 s  EVSE session: matching');
    d.progress('  1.2 s  U= 400 V  EVSE WaitForCurrentDemandOrPowerDelivery  PEV CurrentDemand');
    assert.deepEqual(renderTerminal(s.text()), [
      '04:00:00.000 WARN  [slac.evse] something',
      '   1.100 s  EVSE session: matching',
      '  1.2 s  U= 400 V  EVSE WaitForCurrentDemandOrPowerDelivery  PEV CurrentDemand',
    ]);
    log.write('04:00:01.000 INFO  [secc] another\n');
    d.end();
    const shown = renderTerminal(s.text());
    assert.deepEqual(shown.slice(2), ['04:00:01.000 INFO  [secc] another', '']);
  });

  it('redraws only when the text changes; cuts only at the terminal width', () => {
    const s = screen();
    const d = new TerminalDisplay({ out: s.stream, err: s.stream, errIsTerminal: true, columns: 20 });
    d.progress('short');
    const before = s.text().length;
    d.progress('short');
    assert.equal(s.text().length, before);
    d.progress('a progress line longer than twenty columns');
    assert.deepEqual(renderTerminal(s.text()), ['a progress line lo…']);
  });

  it('log lines to a file (stderr not a terminal) do not touch the progress line', () => {
    const out = screen();
    const err = screen();
    const d = new TerminalDisplay({ out: out.stream, err: err.stream, errIsTerminal: false });
    d.progress('P');
    d.logStream().write('L\n');
    assert.equal(err.text(), 'L\n');
    assert.deepEqual(renderTerminal(out.text()), ['P']);
  });

  it('states by name: nested statechart values as a path, the progress line keeps long names whole', () => {
    assert.equal(stateName({ communicationSetup: 'matching' }), 'communicationSetup.matching');
    assert.equal(stateName('idle'), 'idle');
    assert.equal(stateName({ a: { b: 'c' }, d: 'e' }), 'a.b.c, d.e');
    const line = progressLine({
      simMs: 12_345,
      evse: 'WaitForCurrentDemandOrPowerDelivery',
      pev: 'CurrentDemand',
      voltageV: 400,
      currentA: 99.5,
      socPercent: 42,
    });
    assert.match(line, /EVSE WaitForCurrentDemandOrPowerDelivery {2}PEV CurrentDemand$/);
  });
});

const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** `piccs sim ARGS` in a pseudo-terminal (stdout and stderr both the terminal), as a user sees it. */
function simOnTerminal(args: string): { status: number | null; raw: string; lines: string[] } {
  const r = spawnSync('script', ['-qec', `${process.execPath} ${MAIN} sim ${args}`, '/dev/null'], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: '', NO_COLOR: '1' },
  });
  const raw = r.stdout;
  return { status: r.status, raw, lines: renderTerminal(raw).filter((l) => l.trim() !== '') };
}

const TIMELINE = /^ +\d+\.\d{3} s {2}\S/;
const LOG = /^\d\d:\d\d:\d\d\.\d{3} (TRACE|DEBUG|INFO |WARN |ERROR|FATAL) /;

describe('piccs sim on a real terminal (pseudo-terminal)', {
  skip: HAS_SCRIPT ? false : "needs util-linux's `script` for a pseudo-terminal; fix: apt-get install bsdutils",
}, () => {
  it('at log level debug: every line is whole (timeline, log or summary), nothing on the progress line', () => {
    const r = simOnTerminal('--speed 0 --charge-seconds 1 --set general.logLevel=debug');
    assert.equal(r.status, 0, r.raw.slice(-2000));
    const summaryAt = r.lines.findIndex((l) => l.startsWith('session completed normally'));
    assert.ok(summaryAt > 0, r.lines.join('\n'));
    const body = r.lines.slice(0, summaryAt);
    assert.ok(
      body.some((l) => LOG.test(l)),
      'debug log lines are shown',
    );
    for (const l of body) assert.ok(TIMELINE.test(l) || LOG.test(l), `a mixed or broken line: ${JSON.stringify(l)}`);
    // the progress line was drawn, with whole state names, and erased at the end
    assert.match(r.raw, /EVSE WaitForCurrentDemandOrPowerDelivery {2}PEV (CurrentDemand|PowerDelivery)/);
    assert.ok(!r.lines.some((l) => / U= +\d+ V/.test(l)), 'no progress line left over');
    // states by name, never as JSON objects
    assert.ok(!body.some((l) => TIMELINE.test(l) && l.includes('{')), body.filter((l) => l.includes('{')).join('\n'));
    assert.ok(body.some((l) => l.includes('PEV session:  communicationSetup.matching')));
  });

  it('at the default level the timeline is the whole story: no SLAC/SECC/EVCC info lines', () => {
    const r = simOnTerminal('--speed 0 --charge-seconds 1');
    assert.equal(r.status, 0, r.raw.slice(-2000));
    const logs = r.lines.filter((l) => LOG.test(l));
    assert.deepEqual(logs, []);
  });
});
