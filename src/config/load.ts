/**
 * Effective config = schema defaults <- YAML file <- environment (PICCS_SECTION_KEY) <- CLI overrides
 * (`--set key=value` and dedicated flags). Every problem from every source is collected and reported
 * at once as a ConfigError listing each key path.
 */

import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError, type ConfigProblem } from '../core/errors.js';
import { type BoardFacts, crossCheck } from './cross-checks.js';
import { type Config, schema } from './schema.js';
import { type ConfigOf, flattenSpec, type SectionSpec } from './spec.js';
import { checkValue, defaultsOf, keyAt, mergeTree, setAt } from './validate.js';

export interface LoadOptions {
  /** YAML file path; absent = defaults only. */
  file?: string;
  /** File contents (instead of reading `file`, for tests); `file` is then only used in messages. */
  text?: string;
  /** Environment variables (PICCS_GENERAL_LOGLEVEL=debug ...). */
  env?: NodeJS.ProcessEnv;
  /** Dotted key -> value (strings are coerced to the key's type). Later wins. */
  overrides?: Record<string, unknown>;
  /** The board this runs on, when known: the hal keys are checked against it (see cross-checks.ts). */
  board?: BoardFacts;
}

/**
 * PICCS_* variables that are not config keys but are read by piccs' own scripts and tests: the safe-outputs helper
 * (deploy/bin/piccs-safe-outputs: PICCS_CONFIG, PICCS_SYSFS) and the test suites (PICCS_SHARED_DIR,
 * PICCS_EXI_MODULE). Any other PICCS_* name is a typo of a key and fails like an unknown key in a file.
 */
export const OTHER_PICCS_VARIABLES: ReadonlySet<string> = new Set([
  'PICCS_CONFIG',
  'PICCS_SYSFS',
  'PICCS_SHARED_DIR',
  'PICCS_EXI_MODULE',
]);

/** Unknown PICCS_* names in the environment, each as a problem naming the variable and the keys of its section. */
function unknownEnvProblems(env: NodeJS.ProcessEnv, keys: readonly string[]): ConfigProblem[] {
  const known = new Map(keys.map((k) => [envName(k), k]));
  const out: ConfigProblem[] = [];
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith('PICCS_') || known.has(name) || OTHER_PICCS_VARIABLES.has(name)) continue;
    const section = name.split('_')[1] ?? '';
    const near = [...known.keys()].filter((n) => n.split('_')[1] === section);
    out.push({
      key: name,
      message: `unknown environment variable: no config key is called that${near.length ? ` (known in this section: ${near.join(', ')})` : ''}; piccs config --explain lists every key`,
    });
  }
  return out;
}

export interface LoadedConfig<C = Config> {
  config: C;
  /** Dotted key -> where its value came from: default, file, env, cli. */
  sources: Record<string, 'default' | 'file' | 'env' | 'cli'>;
}

/** The environment variable name for a key path: general.logLevel -> PICCS_GENERAL_LOGLEVEL. */
export function envName(path: string): string {
  return `PICCS_${path.replace(/\./g, '_').toUpperCase()}`;
}

export function loadConfig<S extends SectionSpec = typeof schema>(
  opts: LoadOptions = {},
  spec: S = schema as unknown as S,
): LoadedConfig<ConfigOf<S>> {
  const problems: ConfigProblem[] = [];
  const tree = defaultsOf(spec);
  const keys = flattenSpec(spec);
  const sources: LoadedConfig['sources'] = Object.fromEntries(keys.map(([k]) => [k, 'default' as const]));

  if (opts.file !== undefined || opts.text !== undefined) {
    let text = opts.text;
    if (text === undefined) {
      try {
        text = readFileSync(opts.file as string, 'utf8');
      } catch (err) {
        problems.push({ key: '(file)', message: `cannot read ${opts.file}: ${(err as Error).message}` });
      }
    }
    if (text !== undefined) {
      try {
        const raw: unknown = parseYaml(text);
        const before = JSON.stringify(tree);
        mergeTree(spec, tree, raw, problems);
        if (JSON.stringify(tree) !== before || raw) {
          for (const [k] of keys) if (hasPath(raw, k)) sources[k] = 'file';
        }
      } catch (err) {
        const e = err as Error;
        const where = err instanceof YAMLParseError && err.linePos ? ` line ${err.linePos[0].line}` : '';
        problems.push({
          key: '(file)',
          message: `${opts.file ?? 'config'}${where}: not valid YAML: ${e.message.split('\n')[0]}`,
        });
      }
    }
  }

  const env = opts.env ?? {};
  problems.push(
    ...unknownEnvProblems(
      env,
      keys.map(([k]) => k),
    ),
  );
  for (const [k, s] of keys) {
    const name = envName(k);
    const raw = env[name];
    if (raw === undefined) continue;
    const r = checkValue(s, raw, true);
    if (r.problem) problems.push({ key: k, message: `${r.problem} (from ${name})` });
    else {
      setAt(tree, k, r.value);
      sources[k] = 'env';
    }
  }

  for (const [k, raw] of Object.entries(opts.overrides ?? {})) {
    if (raw === undefined) continue;
    const s = keyAt(spec, k);
    if (!s) {
      problems.push({ key: k, message: 'unknown key (from the command line)' });
      continue;
    }
    const r = checkValue(s, raw, typeof raw === 'string');
    if (r.problem) problems.push({ key: k, message: `${r.problem} (from the command line)` });
    else {
      setAt(tree, k, r.value);
      sources[k] = 'cli';
    }
  }

  // rules across keys (and against the board) only make sense once every single key is valid
  if (problems.length === 0 && (spec as SectionSpec) === (schema as SectionSpec)) {
    problems.push(...crossCheck(tree as unknown as Config, opts.board));
  }
  if (problems.length) throw new ConfigError(problems, opts.file ?? 'config');
  return { config: tree as ConfigOf<S>, sources };
}

function hasPath(raw: unknown, path: string): boolean {
  let cur = raw;
  for (const p of path.split('.')) {
    if (!cur || typeof cur !== 'object' || !(p in (cur as object))) return false;
    cur = (cur as Record<string, unknown>)[p];
  }
  return true;
}

/** Parse `--set key=value` strings into an overrides map; malformed ones become problems. */
export function parseSetArgs(sets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const problems: ConfigProblem[] = [];
  for (const s of sets) {
    const i = s.indexOf('=');
    if (i <= 0) problems.push({ key: s, message: '--set expects key=value, e.g. --set general.logLevel=debug' });
    else out[s.slice(0, i).trim()] = s.slice(i + 1);
  }
  if (problems.length) throw new ConfigError(problems, 'command line');
  return out;
}
