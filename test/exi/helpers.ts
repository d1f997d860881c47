/** Shared loaders for the EXI tests: real captures and generated vectors from ../shared (undefined when absent). */

import { readFileSync } from 'node:fs';
import { sharedPath } from '../helpers/shared.js';

export interface RealVector {
  file: string;
  frame: number;
  decoder: 'DH' | 'DD';
  msgName: string;
  exi_hex: string;
  openv2gx_decoded: Record<string, string>;
}

export interface GeneratedVector {
  schema: 'apphand' | 'din' | 'iso2' | 'iso20';
  msg: string;
  hex: string;
  expect: Record<string, unknown>;
}

function jsonl<T>(rel: string): T[] | undefined {
  const p = sharedPath(rel);
  if (!p) return undefined;
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export const realVectors = (): RealVector[] | undefined =>
  jsonl<RealVector>('fixtures/pyplc/derived/exi_vectors_from_pcaps.jsonl');

export const generatedVectors = (): GeneratedVector[] | undefined =>
  jsonl<GeneratedVector>('vectors/generated-dev.jsonl');

/** Value at a dotted path with `[i]` array indexes, e.g. `V2G_Message.Body.X.Y[0].Z`. */
export function valueAt(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (cur === undefined || cur === null || typeof cur !== 'object') return undefined;
    cur = part.startsWith('[') ? (cur as unknown[])[Number(part.slice(1, -1))] : (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Leaf values of a document by dotted path. */
export function flatten(v: unknown, p = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) flatten(x, `${p}[${i}]`, out);
  } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, p ? `${p}.${k}` : k, out);
  else out.set(p, v);
  return out;
}
