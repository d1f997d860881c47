/**
 * Builds the normalized, schema-informed EXI grammar of a complex type (W3C EXI 1.0 section 8.5.4): attribute
 * states (uses sorted by name), then content states derived from the particle tree. Content states are the
 * positions after each element particle (a Glushkov construction), split by occurrence count into "fewer than
 * minOccurs" (lt), "may repeat" (mid) and "maxOccurs reached" (max), which gives exactly the production lists
 * of the EXI proto-grammar after epsilon elimination, without unrolling large maxOccurs. Production order
 * follows EXI 8.5.4.4.2 (AT by qname, SE in schema order, SE(*), EE, CH). Every state also has second-level
 * productions in non-strict mode, so the first-level width is ceil(log2(n + 1)).
 */

import type { AttrUse, ComplexType, Datatype, ElemDecl, Particle, SchemaSet } from './schema-model.js';

export interface Leaf {
  id: number;
  /** Member elements (substitution group expanded and sorted); empty for a wildcard. */
  members: ElemDecl[];
  wildcard: boolean;
  min: number;
  max: number;
  /** Items of this leaf are JSON arrays (maxOccurs > 1 here or on an enclosing group). */
  array: boolean;
  /** What may follow once this leaf is complete (filled by the follow computation). */
  cont: Cont;
  /** Needs a run-time occurrence counter (minOccurs >= 2, or bounded maxOccurs >= 2 to enforce the bound). */
  counted: boolean;
}

interface Cont {
  leaves: Leaf[];
  end: boolean;
}

export type Production =
  | { kind: 'AT'; attr: AttrUse; target: number }
  | { kind: 'SE'; leaf: Leaf; member: ElemDecl; source: Leaf | null }
  | { kind: 'ANY' }
  | { kind: 'EE' }
  | { kind: 'CHU' }
  | { kind: 'CH'; dt: Datatype; target: number };

export interface State {
  index: number;
  /** The leaf this state follows (content states), for counter updates. */
  leaf: Leaf | null;
  prods: Production[];
  width: number;
}

export interface Grammar {
  type: ComplexType;
  states: State[];
  leaves: Leaf[];
  /** State index of leaf `id` by class. */
  leafStates: Map<number, { lt?: number; mid?: number; max?: number }>;
}

function nullable(p: Particle): boolean {
  if (p.min === 0) return true;
  if (p.k === 'elem' || p.k === 'any') return false;
  return p.k === 'seq' ? p.items.every(nullable) : p.items.some(nullable);
}

function mergeLeaves(a: Leaf[], b: Leaf[]): Leaf[] {
  const out = [...a];
  for (const l of b) if (!out.includes(l)) out.push(l);
  return out;
}

/**
 * Reference-codec compatibility (libcbv2g, checked on its vectors): an element with maxOccurs above this value
 * keeps its loop state [SE(e), follow...] after maxOccurs items instead of the spec's final [follow...] state
 * (PaymentOption 1..2 moves on after two items, SubCertificates/Certificate 1..4 stays in the loop). The generated
 * code enforces maxOccurs as a bound instead.
 */
const UNROLL_MAX_OCCURS = 2;

export function widthFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count));
}

export function buildGrammar(schema: SchemaSet, type: ComplexType): Grammar {
  const leaves: Leaf[] = [];
  const leafOf = new Map<Particle, Leaf>();

  // 1. Leaves, in schema order.
  const collect = (p: Particle, inRepeat: boolean): void => {
    if (p.k === 'elem' || p.k === 'any') {
      const leaf: Leaf = {
        id: leaves.length,
        members: p.k === 'elem' ? (p.decl.global ? schema.substitutionMembers(p.decl) : [p.decl]) : [],
        wildcard: p.k === 'any',
        min: p.min,
        max: p.max,
        array: inRepeat || p.max > 1,
        cont: { leaves: [], end: false },
        counted: p.min >= 2 || (Number.isFinite(p.max) && p.max >= 2),
      };
      leaves.push(leaf);
      leafOf.set(p, leaf);
      return;
    }
    if (p.max > 1 && p.min > 1) throw new Error(`${type.label}: group with minOccurs > 1 and maxOccurs > 1`);
    if (p.max > 1 && Number.isFinite(p.max)) throw new Error(`${type.label}: bounded repeating group not supported`);
    for (const c of p.items) collect(c, inRepeat || p.max > 1);
  };

  const first = (p: Particle): Leaf[] => {
    if (p.k === 'elem' || p.k === 'any') return p.max === 0 ? [] : [leafOf.get(p)!];
    if (p.k === 'choice') return p.items.reduce<Leaf[]>((acc, c) => mergeLeaves(acc, first(c)), []);
    let acc: Leaf[] = [];
    for (const c of p.items) {
      acc = mergeLeaves(acc, first(c));
      if (!nullable(c)) break;
    }
    return acc;
  };

  // 2. Follow: what may come after each leaf completes, in EXI production order (own repetition first).
  const follow = (p: Particle, cont: Cont): void => {
    if (p.k === 'elem' || p.k === 'any') {
      leafOf.get(p)!.cont = cont;
      return;
    }
    const inner: Cont = p.max > 1 ? { leaves: mergeLeaves(first(p), cont.leaves), end: cont.end } : cont;
    if (p.k === 'choice') {
      for (const c of p.items) follow(c, inner);
      return;
    }
    let c = inner;
    for (let i = p.items.length - 1; i >= 0; i--) {
      const it = p.items[i]!;
      follow(it, c);
      c = nullable(it) ? { leaves: mergeLeaves(first(it), c.leaves), end: c.end } : { leaves: first(it), end: false };
    }
  };

  const content = type.content;
  if (content) {
    collect(content, false);
    follow(content, { leaves: [], end: true });
  }

  // 3. States.
  const states: State[] = [];
  const newState = (leaf: Leaf | null): State => {
    const s: State = { index: states.length, leaf, prods: [], width: 0 };
    states.push(s);
    return s;
  };
  const attrStates = type.attrs.map(() => newState(null));
  const start = newState(null);
  const leafStates = new Map<number, { lt?: number; mid?: number; max?: number }>();
  for (const l of leaves) {
    const e: { lt?: number; mid?: number; max?: number } = {};
    if (l.min >= 2) e.lt = newState(l).index;
    if (l.max > 1 && (!Number.isFinite(l.max) || l.max > Math.max(l.min, 1))) e.mid = newState(l).index;
    if (Number.isFinite(l.max) && l.max <= UNROLL_MAX_OCCURS) e.max = newState(l).index;
    leafStates.set(l.id, e);
  }

  const expand = (cont: Cont, source: Leaf | null): Production[] => {
    const out: Production[] = [];
    const seen = new Set<ElemDecl>();
    const seenNames = new Set<string>();
    let any = false;
    for (const l of cont.leaves) {
      if (l.wildcard) {
        any = true;
        continue;
      }
      for (const m of l.members) {
        if (seen.has(m)) continue;
        const qn = `${m.ns}|${m.local}`;
        if (seenNames.has(qn)) throw new Error(`${type.label}: ambiguous content model at ${m.local}`);
        seen.add(m);
        seenNames.add(qn);
        out.push({ kind: 'SE', leaf: l, member: m, source });
      }
    }
    if (any) out.push({ kind: 'ANY' });
    if (cont.end) out.push({ kind: 'EE' });
    if (type.mixed) out.push({ kind: 'CHU' });
    return out;
  };

  if (type.simple) {
    const after = newState(null);
    start.prods = [{ kind: 'CH', dt: type.simple, target: after.index }];
    after.prods = [{ kind: 'EE' }];
  } else if (content) {
    start.prods = expand({ leaves: first(content), end: nullable(content) }, null);
  } else {
    start.prods = expand({ leaves: [], end: true }, null);
  }
  for (const l of leaves) {
    const e = leafStates.get(l.id)!;
    if (e.lt !== undefined) states[e.lt]!.prods = expand({ leaves: [l], end: false }, l);
    if (e.mid !== undefined)
      states[e.mid]!.prods = expand({ leaves: mergeLeaves([l], l.cont.leaves), end: l.cont.end }, l);
    if (e.max !== undefined) states[e.max]!.prods = expand(l.cont, l);
  }
  for (let i = attrStates.length - 1; i >= 0; i--) {
    const a = type.attrs[i]!;
    const next = i + 1 < attrStates.length ? attrStates[i + 1]! : start;
    attrStates[i]!.prods = [{ kind: 'AT', attr: a, target: next.index }, ...(a.required ? [] : next.prods)];
  }
  for (const s of states) s.width = widthFor(s.prods.length + 1);
  return { type, states, leaves, leafStates };
}

/** State index reached after reading one more item of `leaf` (count already updated in `countVar`). */
export function targetExpr(g: Grammar, leaf: Leaf, countVar: string): string {
  const e = g.leafStates.get(leaf.id)!;
  const parts: string[] = [];
  if (e.lt !== undefined) parts.push(`${countVar} < ${leaf.min} ? ${e.lt} : `);
  if (e.mid !== undefined && e.max !== undefined) parts.push(`${countVar} < ${leaf.max} ? ${e.mid} : ${e.max}`);
  else parts.push(String(e.mid ?? e.max));
  return parts.join('');
}
