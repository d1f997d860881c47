/**
 * The README's table of the car's timing presets says what the code does (issue 13 point 11: it gave the car's
 * CurrentDemand timeout as 250 ms while the `pev` role's default preset waits 5000 ms).
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { fieldEvccTiming, specEvccTiming } from '../../src/v2g/timing.js';

const README = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

/** The rows of the presets table: first cell -> [spec cell, field cell]. */
function presetRows(): Map<string, [string, string]> {
  const start = README.indexOf('### Car timing presets');
  assert.ok(start >= 0, 'README has a "Car timing presets" section');
  const rows = new Map<string, [string, string]>();
  for (const line of README.slice(start).split('\n').slice(1)) {
    if (line.startsWith('#')) break;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length === 5 && !cells[1]?.startsWith('---'))
      rows.set(cells[1] as string, [cells[2] ?? '', cells[3] ?? '']);
  }
  return rows;
}

const ms = (cell: string) => Number(/(\d+) ms/.exec(cell)?.[1]);

describe('README: car timing presets', () => {
  const rows = presetRows();
  const spec = { din: specEvccTiming('din'), iso2: specEvccTiming('iso2') };
  const field = fieldEvccTiming('din');

  for (const msg of ['CurrentDemand', 'ChargeParameterDiscovery', 'CableCheck', 'PreCharge'] as const) {
    it(`${msg}Res: the spec and field waits as coded`, () => {
      const row = rows.get(`${msg}Res`);
      assert.ok(row, `a row for ${msg}Res`);
      assert.equal(ms(row[0]), spec.din.msgTimeoutMs[msg]);
      assert.equal(ms(row[0]), spec.iso2.msgTimeoutMs[msg]);
      assert.equal(ms(row[1]), field.msgTimeoutMs[msg]);
      assert.equal(ms(row[1]), fieldEvccTiming('iso2').msgTimeoutMs[msg]);
    });
  }

  it('the whole-loop limits as coded', () => {
    for (const [label, key] of [
      ['whole Authorization / ContractAuthentication loop', 'authorizationLoopMs'],
      ['whole ChargeParameterDiscovery loop', 'chargeParameterLoopMs'],
      ['whole CableCheck loop', 'cableCheckLoopMs'],
      ['whole PreCharge loop', 'preChargeLoopMs'],
    ] as const) {
      const row = rows.get(label);
      assert.ok(row, label);
      assert.equal(ms(row[0]), spec.din[key], `${label} spec`);
      assert.equal(ms(row[1]), field[key], `${label} field`);
    }
  });

  it('the pev default preset is the one the README names, and sim runs its car with spec', () => {
    assert.equal(loadConfig({ env: {} }).config.v2g.evcc.timingPreset, 'field');
    assert.match(README, /`pev` role defaults to `field`/);
    const sides = readFileSync(fileURLToPath(new URL('../../../src/app/sim-sides.ts', import.meta.url)), 'utf8');
    assert.match(sides, /timingPreset: 'spec'/);
  });
});
