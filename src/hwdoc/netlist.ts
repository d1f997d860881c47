/**
 * The hardware netlist (hw/schematic/*.net.yaml): parts with their pins on two sides and the net each pin is on,
 * external nets, test points. Parsing checks what a builder would trip over: duplicate refs, a net with one pin
 * that does not leave the board, a test point on a net that does not exist. Pure apart from the YAML parse.
 */

import { parse } from 'yaml';

export interface Part {
  ref: string;
  value: string;
  part: string;
  supply: string;
  /** pin name -> net, in drawing order */
  left: [string, string][];
  right: [string, string][];
  group: string;
}

export interface TestPoint {
  ref: string;
  net: string;
  expect: string;
}

export interface Netlist {
  title: string;
  revision: string;
  groups: { name: string; parts: Part[] }[];
  external: Set<string>;
  testPoints: TestPoint[];
}

export class NetlistError extends Error {
  constructor(readonly problems: string[]) {
    super(`netlist: ${problems.join('; ')}`);
    this.name = 'NetlistError';
  }
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function pins(raw: unknown): [string, string][] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new NetlistError([`pins must be a mapping, got ${str(raw)}`]);
  return Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, str(v)]);
}

export function parseNetlist(text: string): Netlist {
  const raw = parse(text) as Record<string, unknown>;
  const problems: string[] = [];
  const groups: Netlist['groups'] = [];
  for (const g of (raw.groups as Record<string, unknown>[] | undefined) ?? []) {
    const name = str(g.name);
    const parts: Part[] = [];
    for (const p of (g.parts as Record<string, unknown>[] | undefined) ?? []) {
      parts.push({
        ref: str(p.ref),
        value: str(p.value),
        part: str(p.part),
        supply: str(p.supply),
        left: pins(p.left),
        right: pins(p.right),
        group: name,
      });
    }
    groups.push({ name, parts });
  }
  const n: Netlist = {
    title: str(raw.title),
    revision: str(raw.revision),
    groups,
    external: new Set(((raw.external as unknown[]) ?? []).map(str)),
    testPoints: ((raw.test_points as Record<string, unknown>[]) ?? []).map((t) => ({
      ref: str(t.ref),
      net: str(t.net),
      expect: str(t.expect),
    })),
  };
  problems.push(...checkNetlist(n));
  if (problems.length) throw new NetlistError(problems);
  return n;
}

/** Every part of the netlist, in drawing order. */
export const allParts = (n: Netlist): Part[] => n.groups.flatMap((g) => g.parts);

/** net -> the `REF.pin` connections on it. */
export function nets(n: Netlist): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const p of allParts(n)) {
    for (const [pin, net] of [...p.left, ...p.right]) {
      const list = m.get(net) ?? [];
      list.push(`${p.ref}.${pin}`);
      m.set(net, list);
    }
  }
  return m;
}

export function checkNetlist(n: Netlist): string[] {
  const problems: string[] = [];
  const refs = new Set<string>();
  for (const p of allParts(n)) {
    if (!/^[A-Z]+\d+$/.test(p.ref)) problems.push(`part ref '${p.ref}' is not like R1, U2, J0`);
    if (refs.has(p.ref)) problems.push(`duplicate ref ${p.ref}`);
    refs.add(p.ref);
    if (!p.value || !p.part) problems.push(`${p.ref}: value and part are required`);
    if (p.left.length + p.right.length === 0) problems.push(`${p.ref}: no pins`);
    for (const [pin, net] of [...p.left, ...p.right]) if (!net) problems.push(`${p.ref}.${pin}: no net`);
  }
  for (const [net, conns] of nets(n)) {
    if (conns.length < 2 && !n.external.has(net)) problems.push(`net ${net} has one connection (${conns[0]})`);
  }
  const all = nets(n);
  for (const e of n.external) if (!all.has(e)) problems.push(`external net ${e} is not used`);
  for (const t of n.testPoints) if (!all.has(t.net)) problems.push(`test point ${t.ref}: no net ${t.net}`);
  return problems;
}
