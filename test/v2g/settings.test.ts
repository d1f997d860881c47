import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Config } from '../../src/config/schema.js';
import { schema } from '../../src/config/schema.js';
import { flattenSpec } from '../../src/config/spec.js';
import { ManualClock } from '../../src/core/clock.js';
import {
  type EvccConfigValues,
  evccSettingsFromConfig,
  type SeccConfigValues,
  type SimConfigValues,
  SimDcLink,
  seccSettingsFromConfig,
  simLinkOptionsFromConfig,
} from '../../src/v2g/index.js';

// compile-time: the config section and the structural inputs stay in step
const _secc: SeccConfigValues = {} as Config['v2g']['secc'];
const _evcc: EvccConfigValues = {} as Config['v2g']['evcc'];
const _sim: SimConfigValues = {} as Config['v2g']['sim'];
void [_secc, _evcc, _sim];

function defaults(): Config['v2g'] {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, spec] of flattenSpec(schema.v2g)) {
    const [section, key] = path.split('.') as [string, string];
    out[section] ??= {};
    (out[section] as Record<string, unknown>)[key] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  }
  return out as unknown as Config['v2g'];
}

describe('v2g config section mapping', () => {
  it('every key has help and the defaults map to working settings', () => {
    for (const [path, spec] of flattenSpec(schema.v2g)) assert.ok(spec.help.length > 10, path);
    const c = defaults();
    const s = seccSettingsFromConfig(c.secc);
    assert.equal(s.timing?.sequenceTimeoutMs, 60_000);
    assert.deepEqual(s.protocols, ['din', 'iso2']);
    const e = evccSettingsFromConfig(c.evcc);
    assert.equal(e.timingPreset, 'field');
    assert.equal(e.timing?.cableCheckLoopMs, 90_000);
    assert.equal(evccSettingsFromConfig({ ...c.evcc, timingPreset: 'spec' }).timing?.cableCheckLoopMs, undefined);
    const link = new SimDcLink(new ManualClock(), simLinkOptionsFromConfig(c.sim));
    assert.equal(link.evse.limits().maxCurrentA, 125);
    assert.equal(link.ev.socPercent(), 30);
  });
});
