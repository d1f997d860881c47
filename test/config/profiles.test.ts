import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/index.js';
import { PROJECT_ROOT } from '../helpers/shared.js';

describe('example profiles in config/', () => {
  const dir = join(PROJECT_ROOT, 'config');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  it('has one per role', () => {
    assert.deepEqual(files.sort(), ['evse.yaml', 'listen.yaml', 'pev.yaml', 'sim.yaml']);
  });
  for (const f of files) {
    it(`${f} is valid and names its role`, () => {
      const { config } = loadConfig({ file: join(dir, f) });
      assert.equal(`${config.general.role}.yaml`, f);
    });
  }
});
