/**
 * The bill of materials and the test-point table, as Markdown, from the netlist: equal parts (value + part number)
 * grouped with their refs and count, then every test point with its net and the expected reading.
 */

import { allParts, type Netlist } from './netlist.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

function refKey(ref: string): [string, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return m ? [m[1] as string, Number(m[2])] : [ref, 0];
}

const byRef = (a: string, b: string): number => {
  const [pa, na] = refKey(a);
  const [pb, nb] = refKey(b);
  return pa === pb ? na - nb : pa < pb ? -1 : 1;
};

export function renderBom(n: Netlist): string {
  const lines = new Map<string, { refs: string[]; value: string; part: string; supply: string[] }>();
  for (const p of allParts(n)) {
    const key = `${p.value}\u0000${p.part}`;
    const l = lines.get(key) ?? { refs: [], value: p.value, part: p.part, supply: [] };
    l.refs.push(p.ref);
    if (p.supply && !l.supply.includes(p.supply)) l.supply.push(p.supply);
    lines.set(key, l);
  }
  const rows = [...lines.values()].sort((a, b) => byRef(a.refs.sort(byRef)[0] ?? '', b.refs.sort(byRef)[0] ?? ''));
  const out = [
    '# Bill of materials: piccs I/O board',
    '',
    '<!-- Generated from hw/schematic/piccs-io.net.yaml by `npm run gen:hw`; edit the netlist, not this file. -->',
    '',
    `${n.title}, revision ${n.revision}. The schematic: [schematic/piccs-io.svg](schematic/piccs-io.svg); how to`,
    'build, wire and test it: [safety-io.md](safety-io.md).',
    '',
    '| refs | qty | value | part number / specification | notes and supply choices |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.refs.join(', ')} | ${r.refs.length} | ${cell(r.value)} | ${cell(r.part)} | ${cell(r.supply.join('; '))} |`,
    ),
    '',
    'Not on the board (wired to it): the Type 2 socket or the tethered cable, the main contactor with a mirror',
    '(auxiliary NC) contact, the precharge relay and resistor (DC), the residual current monitor module, the',
    'emergency stop button (two NC contacts), the HomePlug modem.',
    '',
    '## Test points',
    '',
    '| TP | net | expected reading |',
    '|---|---|---|',
    ...n.testPoints.map((t) => `| ${t.ref} | ${t.net} | ${cell(t.expect)} |`),
    '',
  ];
  return out.join('\n');
}
