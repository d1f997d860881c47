/**
 * The hardware docs generated from the netlist: the committed SVG schematic and BOM are what the netlist gives
 * (so they cannot drift), the netlist is consistent (refs, one-pin nets, test points), and the safety inputs and
 * outputs the software expects are on the pins the config defaults and the wiring docs name.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generate, HW_NETLIST, HW_OUTPUTS } from '../../src/hwdoc/main.js';
import { allParts, checkNetlist, NetlistError, nets, parseNetlist } from '../../src/hwdoc/netlist.js';
import { renderSvg } from '../../src/hwdoc/svg.js';

const root = process.cwd();
const netlist = () => parseNetlist(readFileSync(`${root}/${HW_NETLIST}`, 'utf8'));

describe('hw docs from the netlist', () => {
  it('the committed schematic and BOM are up to date (npm run gen:hw)', () => {
    for (const [path, text] of Object.entries(generate(root))) {
      assert.equal(readFileSync(`${root}/${path}`, 'utf8'), text, `${path} is out of date: run npm run gen:hw`);
    }
  });

  it('the SVG is well-formed, names every part and every net', () => {
    const n = netlist();
    const svg = renderSvg(n);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(svg.trimEnd().endsWith('</svg>'));
    const opened = (svg.match(/<g[ >]/g) ?? []).length;
    assert.equal(opened, (svg.match(/<\/g>/g) ?? []).length, 'balanced groups');
    for (const p of allParts(n)) assert.ok(svg.includes(`id="${p.ref}"`), p.ref);
    for (const net of nets(n).keys()) assert.ok(svg.includes(`>${net.replace('&', '&amp;')}<`), net);
    assert.ok(!/[<>&](?![a-z/#!?]|amp;|lt;|gt;|quot;)/.test(svg.replace(/<[^>]*>/g, '')), 'text is escaped');
  });

  it('the BOM lists every part once with a part number; every test point is in it', () => {
    const n = netlist();
    const bom = readFileSync(`${root}/${HW_OUTPUTS.bom}`, 'utf8');
    for (const p of allParts(n)) assert.match(bom, new RegExp(`\\| ([A-Z0-9]+, )*${p.ref}(, [A-Z0-9]+)* \\|`), p.ref);
    for (const t of n.testPoints) assert.ok(bom.includes(`| ${t.ref} | ${t.net} |`), t.ref);
    assert.match(bom, /BSS138 is only 50 V/);
    assert.match(bom, /unregulated module .* can exceed 12.6 V/);
  });

  it('the pins match the config defaults and the safety inputs the software reads', () => {
    const n = netlist();
    const header = allParts(n).find((p) => p.ref === 'J0');
    const pin = (net: string) => [...(header?.left ?? []), ...(header?.right ?? [])].find(([, x]) => x === net)?.[0];
    assert.match(pin('PWM_CP') ?? '', /^GPIO18 /, 'hal.pwm.gpio 18');
    assert.match(pin('OUT_CONTACTOR') ?? '', /^GPIO23 /, 'hal.contactor.gpio 23');
    assert.match(pin('OUT_PRECHARGE') ?? '', /^GPIO24 /, 'hal.precharge.gpio 24');
    assert.match(pin('IN_CONTACTOR_FB') ?? '', /^GPIO25 /, 'hal.contactor.feedbackGpio 25');
    assert.match(pin('OUT_S2') ?? '', /^GPIO22 /, 'hal.s2.gpio 22');
    const cp = nets(n).get('CP') ?? [];
    for (const c of ['R1.2', 'J1.CP', 'R20.1', 'D1.1']) assert.ok(cp.includes(c), c);
    assert.deepEqual(nets(n).get('ADC_PP'), ['U2.OUTB/-INB [7,6]', 'U3.CH1 [2]'], 'PP on MCP3008 CH1 (hal.pp.channel)');
  });

  it('a broken netlist is refused with every problem listed', () => {
    const bad = `title: t\nrevision: '1'\ngroups:\n  - name: g\n    parts:\n      - { ref: R1, value: 1k, part: x, left: { 1: A }, right: { 2: B } }\n      - { ref: R1, value: 1k, part: x, left: { 1: A }, right: { 2: GND } }\ntest_points:\n  - { ref: TP1, net: NOPE, expect: x }\n`;
    assert.throws(
      () => parseNetlist(bad),
      (e: unknown) =>
        e instanceof NetlistError &&
        e.problems.some((p) => p.includes('duplicate ref R1')) &&
        e.problems.some((p) => p.includes('net B has one connection')) &&
        e.problems.some((p) => p.includes('TP1')),
    );
    assert.deepEqual(checkNetlist(netlist()), []);
  });
});
