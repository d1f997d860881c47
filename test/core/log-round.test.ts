/** Log lines carry numbers rounded to what they mean (by the field's unit suffix), in every logger of core/log.ts. */

import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { childLog, createRootLogger, memoryLogger } from '../../src/core/log.js';
import { roundFields } from '../../src/core/log-round.js';

describe('log number rounding', () => {
  it('rounds by unit: ms, percent, dB, volts/amps, Wh, others to 3 decimals; integers and strings unchanged', () => {
    assert.deepEqual(
      roundFields({
        ms: 444.05045699999994,
        durationMs: 12.3456,
        socPercent: 30.016539422451427,
        db: 9.551724137931034,
        voltageV: 352.54139263652144,
        currentA: 99.96,
        energyWh: 1.23456,
        seconds: 2.0999999,
        ratio: 0.123456,
        loops: 21,
        name: 'x',
      }),
      {
        ms: 444,
        durationMs: 12.3,
        socPercent: 30,
        db: 9.6,
        voltageV: 352.5,
        currentA: 100,
        energyWh: 1.23,
        seconds: 2.1,
        ratio: 0.123,
        loops: 21,
        name: 'x',
      },
    );
  });

  it('reaches into nested objects and arrays (the attenuation list of SLAC)', () => {
    assert.deepEqual(roundFields({ evses: [{ mac: 'aa', db: 19.948275862068964 }] }), {
      evses: [{ mac: 'aa', db: 19.9 }],
    });
  });

  it('applies to the root logger, its children and the memory logger', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => {
      text += d.toString();
    });
    const root = createRootLogger({ level: 'info', pretty: false, destination: out });
    childLog(root, 'slac').info({ ms: 651.5221100000008 }, 'slac matched');
    assert.match(text, /"mod":"slac","ms":652,"msg":"slac matched"/);
    const { log, lines } = memoryLogger();
    log.info({ socPercent: 30.055329935559342 }, 'x');
    assert.equal(lines[0]?.socPercent, 30.1);
  });
});
