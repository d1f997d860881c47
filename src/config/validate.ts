/**
 * Validation and coercion of raw (parsed YAML / env / CLI) values against the spec.
 * Collects every problem with its key path instead of stopping at the first.
 */

import type { ConfigProblem } from '../core/errors.js';
import { isKeySpec, type KeySpec, type SectionSpec } from './spec.js';

const describe = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : (JSON.stringify(v) ?? String(v)));

/** Check one value against its key; returns the (possibly coerced) value or a problem message. */
export function checkValue(spec: KeySpec, raw: unknown, fromText: boolean): { value?: unknown; problem?: string } {
  let v = raw;
  switch (spec.type) {
    case 'string': {
      if (typeof v === 'number' && !fromText) v = String(v);
      if (typeof v !== 'string') return { problem: `expected a string, got ${describe(raw)}` };
      if (spec.maxLength !== undefined && v.length > spec.maxLength)
        return { problem: `longer than ${spec.maxLength} characters` };
      if (spec.pattern && !spec.pattern.test(v))
        return { problem: `${describe(v)} is not ${spec.patternHelp ?? `matching ${spec.pattern}`}` };
      return { value: v };
    }
    case 'number':
    case 'integer': {
      if (typeof v === 'string' && v.trim() !== '') v = Number(v);
      if (typeof v !== 'number' || !Number.isFinite(v)) return { problem: `expected a number, got ${describe(raw)}` };
      if (spec.type === 'integer' && !Number.isInteger(v)) return { problem: `expected an integer, got ${v}` };
      const unit = spec.unit ? ` ${spec.unit}` : '';
      if (spec.min !== undefined && v < spec.min)
        return { problem: `${v}${unit} is below the minimum ${spec.min}${unit}` };
      if (spec.max !== undefined && v > spec.max)
        return { problem: `${v}${unit} is above the maximum ${spec.max}${unit}` };
      return { value: v };
    }
    case 'boolean': {
      if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(t)) v = true;
        else if (['false', 'no', 'off', '0'].includes(t)) v = false;
      }
      if (typeof v !== 'boolean') return { problem: `expected true or false, got ${describe(raw)}` };
      return { value: v };
    }
    case 'enum': {
      if (typeof v !== 'string' || !spec.values.includes(v)) {
        return { problem: `${describe(raw)} is not one of ${spec.values.join(', ')}` };
      }
      return { value: v };
    }
    case 'list': {
      if (typeof v === 'string')
        v = v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      if (!Array.isArray(v)) return { problem: `expected a list, got ${describe(raw)}` };
      const bad = v.filter((x) => typeof x !== 'string' || (spec.values !== undefined && !spec.values.includes(x)));
      if (bad.length) {
        return {
          problem: `${bad.map(describe).join(', ')} not allowed${spec.values ? ` (allowed: ${spec.values.join(', ')})` : ''}`,
        };
      }
      if (spec.minItems !== undefined && v.length < spec.minItems)
        return { problem: `needs at least ${spec.minItems} item(s)` };
      return { value: [...v] };
    }
  }
}

/** Build a config object of defaults for a spec. */
export function defaultsOf(spec: SectionSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) {
    if (isKeySpec(v)) out[k] = Array.isArray(v.default) ? [...v.default] : v.default;
    else out[k] = defaultsOf(v);
  }
  return out;
}

/**
 * Merge a raw tree (from a YAML file) into `target`, validating each value; unknown keys and
 * wrong shapes become problems. `source` is prefixed to messages (e.g. the file name).
 */
export function mergeTree(
  spec: SectionSpec,
  target: Record<string, unknown>,
  raw: unknown,
  problems: ConfigProblem[],
  prefix = '',
): void {
  if (raw === null || raw === undefined) return;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      key: prefix || '(root)',
      message: `expected a section (key: value mapping), got ${describe(raw)}`,
    });
    return;
  }
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    const s = spec[k];
    if (!s) {
      const known = Object.keys(spec);
      problems.push({ key: path, message: `unknown key (known here: ${known.join(', ')})` });
      continue;
    }
    if (isKeySpec(s)) {
      const r = checkValue(s, v, false);
      if (r.problem) problems.push({ key: path, message: r.problem });
      else target[k] = r.value;
    } else {
      mergeTree(s, target[k] as Record<string, unknown>, v, problems, path);
    }
  }
}

/** Find a key spec by dotted path. */
export function keyAt(spec: SectionSpec, path: string): KeySpec | undefined {
  let cur: KeySpec | SectionSpec | undefined = spec;
  for (const part of path.split('.')) {
    if (!cur || isKeySpec(cur)) return undefined;
    cur = (cur as SectionSpec)[part];
  }
  return cur && isKeySpec(cur) ? cur : undefined;
}

/** Set a value at a dotted path (the path must exist in the defaults tree). */
export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = target;
  for (const p of parts.slice(0, -1)) cur = cur[p] as Record<string, unknown>;
  cur[parts[parts.length - 1] as string] = value;
}
