import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/index.js';
import {
  EVSE_SLAC_DEFAULTS,
  evseSlacOptionsFrom,
  PEV_SLAC_DEFAULTS,
  pevSlacOptionsFrom,
} from '../../src/slac/options.js';

describe('SLAC options from config', () => {
  it('config defaults equal the spec defaults of the machines', () => {
    const c = loadConfig({}).config.slac;
    const e = { ...EVSE_SLAC_DEFAULTS, ...evseSlacOptionsFrom(c) };
    assert.deepEqual(e, EVSE_SLAC_DEFAULTS);
    const p = { ...PEV_SLAC_DEFAULTS, ...pevSlacOptionsFrom(c) };
    assert.deepEqual(p, PEV_SLAC_DEFAULTS);
  });

  it("maps overrides: a fixed RunID ('TESLA EV'), fixed attenuation, no modem", () => {
    const c = loadConfig({
      overrides: { 'slac.runId': '5445534c41204556', 'slac.attenuation': 'fixed', 'slac.modem': 'none' },
    }).config.slac;
    assert.equal(pevSlacOptionsFrom(c).runId?.toString(), 'TESLA EV');
    assert.equal(evseSlacOptionsFrom(c).attenuation, 'fixed');
    assert.equal(evseSlacOptionsFrom(c).modem, 'none');
  });

  it('rejects out-of-range timers by key', () => {
    assert.throws(
      () => loadConfig({ overrides: { 'slac.batchIntervalMs': 5, 'slac.runId': 'xyz' } }),
      /slac.batchIntervalMs[\s\S]*slac.runId/,
    );
  });
});
