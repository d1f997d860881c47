/**
 * Helpers the generated grammar code uses on the EXI JSON form (see DESIGN.md "EXI JSON form"): plain objects
 * keyed by local names, arrays for maxOccurs > 1, attributes as "@Name", simple content as "CONTENT".
 */

import { encodeFail } from './bit-writer.js';

export type ExiObject = Record<string, unknown>;

/** Appends to the array at o[k], creating it. */
export function pushItem(o: ExiObject, k: string, v: unknown): void {
  const a = o[k] as unknown[] | undefined;
  if (a === undefined) o[k] = [v];
  else a.push(v);
}

/** The value must be a plain object (a complex element). */
export function asObject(v: unknown): ExiObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    encodeFail(`expected an object, got ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`);
  }
  return v as ExiObject;
}

/** The value of a maxOccurs > 1 element must be an array. */
export function asArray(v: unknown, k: string): unknown[] {
  if (!Array.isArray(v)) encodeFail(`expected an array (maxOccurs > 1), got ${typeof v}`, k);
  return v;
}

/** Number of keys that carry a value (undefined and empty arrays count as absent). */
export function keyCount(o: ExiObject): number {
  let n = 0;
  for (const k in o) {
    const v = o[k];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) n++;
  }
  return n;
}

/** Names the first key of o that the grammar did not consume, for the error message. */
export function extraKeyFail(o: ExiObject, known: readonly string[], consumedMask: number): never {
  for (const k in o) {
    const v = o[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    const i = known.indexOf(k);
    if (i < 0) encodeFail(`unknown element or attribute '${k}' (expected one of: ${known.join(', ')})`, k);
    if (i < 52 && Math.floor(consumedMask / 2 ** i) % 2 === 0) {
      encodeFail(`element '${k}' is not allowed here (wrong order, second choice branch, or too many items)`, k);
    }
  }
  return encodeFail('element out of order or not allowed here');
}

/**
 * The smallest code in `codes` whose key o has a value (-1 when none): the first alternative, in production
 * order, that the document uses. Walks o's own keys (few) instead of probing every alternative's name.
 */
export function firstKey(o: ExiObject, codes: ReadonlyMap<string, number>): number {
  let best = -1;
  for (const k in o) {
    const c = codes.get(k);
    if (c !== undefined && (best < 0 || c < best) && o[k] !== undefined) best = c;
  }
  return best;
}
