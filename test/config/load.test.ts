import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { envName, loadConfig, parseSetArgs } from '../../src/config/index.js';
import { bool, int, list, oneOf, str } from '../../src/config/spec.js';
import { ConfigError } from '../../src/core/errors.js';

const spec = {
  a: {
    name: str('x', 'a name', { pattern: /^[a-z]+$/, patternHelp: 'lowercase letters' }),
    n: int(5, 'a count', { min: 1, max: 10, unit: 'ms' }),
    on: bool(false, 'a flag'),
    mode: oneOf(['dc', 'ac'], 'dc', 'a mode'),
    protos: list(['din'], 'protocols', { values: ['din', 'iso2'], minItems: 1 }),
  },
} as const;

function problemsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ConfigError, `expected ConfigError, got ${String(e)}`);
    return Object.fromEntries(e.problems.map((p) => [p.key, p.message]));
  }
  assert.fail('expected a ConfigError');
}

describe('config loading', () => {
  it('gives the defaults without a file', () => {
    const { config, sources } = loadConfig({}, spec);
    assert.deepEqual(config, { a: { name: 'x', n: 5, on: false, mode: 'dc', protos: ['din'] } });
    assert.equal(sources['a.n'], 'default');
  });

  it('applies file <- env <- cli in that order and records the source', () => {
    const { config, sources } = loadConfig(
      {
        text: 'a:\n  n: 7\n  on: true\n  mode: ac\n',
        env: { PICCS_A_N: '8', PICCS_A_PROTOS: 'din,iso2' },
        overrides: { 'a.mode': 'dc' },
      },
      spec,
    );
    assert.equal(config.a.n, 8);
    assert.equal(config.a.on, true);
    assert.equal(config.a.mode, 'dc');
    assert.deepEqual(config.a.protos, ['din', 'iso2']);
    assert.equal(sources['a.on'], 'file');
    assert.equal(sources['a.n'], 'env');
    assert.equal(sources['a.mode'], 'cli');
  });

  it('lists every problem of a bad file by key, at once', () => {
    const p = problemsOf(() =>
      loadConfig(
        {
          file: 'bad.yaml',
          text: 'a:\n  name: X1\n  n: 11\n  on: maybe\n  mode: hybrid\n  protos: [din, iso20]\n  extra: 1\nb: 2\n',
        },
        spec,
      ),
    );
    assert.deepEqual(Object.keys(p).sort(), ['a.extra', 'a.mode', 'a.n', 'a.name', 'a.on', 'a.protos', 'b']);
    assert.match(p['a.n'] ?? '', /above the maximum 10 ms/);
    assert.match(p['a.name'] ?? '', /lowercase letters/);
    assert.match(p['a.mode'] ?? '', /not one of dc, ac/);
    assert.match(p['a.protos'] ?? '', /iso20/);
    assert.match(p.b ?? '', /unknown key/);
  });

  it('reports YAML syntax errors with the line', () => {
    const p = problemsOf(() => loadConfig({ file: 'x.yaml', text: 'a:\n  n: [1,\n' }, spec));
    assert.match(p['(file)'] ?? '', /x\.yaml line \d+: not valid YAML/);
  });

  it('reports a section given as a scalar and a missing file', () => {
    assert.match(problemsOf(() => loadConfig({ text: 'a: 3\n' }, spec)).a ?? '', /expected a section/);
    assert.match(
      problemsOf(() => loadConfig({ file: '/nonexistent/piccs.yaml' }, spec))['(file)'] ?? '',
      /cannot read/,
    );
  });

  it('rejects bad env and cli values with their source', () => {
    const p = problemsOf(() =>
      loadConfig({ env: { PICCS_A_N: 'ten' }, overrides: { 'a.zz': '1', 'a.on': 'perhaps' } }, spec),
    );
    assert.match(p['a.n'] ?? '', /expected a number.*PICCS_A_N/);
    assert.match(p['a.zz'] ?? '', /unknown key/);
    assert.match(p['a.on'] ?? '', /true or false/);
  });

  it('names env variables and parses --set', () => {
    assert.equal(envName('general.logLevel'), 'PICCS_GENERAL_LOGLEVEL');
    assert.deepEqual(parseSetArgs(['a.n=3', 'a.name=b=c']), { 'a.n': '3', 'a.name': 'b=c' });
    assert.throws(() => parseSetArgs(['nonsense']), ConfigError);
  });

  it('loads the real schema defaults', () => {
    const { config } = loadConfig({});
    assert.equal(config.session.protocol, 'din');
    assert.equal(config.general.role, 'sim');
  });
});
