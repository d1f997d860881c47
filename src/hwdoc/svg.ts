/**
 * Renders a netlist as an SVG schematic in the net-label style: every part a box with its pins on two sides, every
 * pin a short wire ending in the name of its net (pins with the same net name are connected), the parts of one
 * functional group framed together. Power nets are coloured. Deterministic: the same netlist gives the same bytes.
 */

import { allParts, type Netlist, nets, type Part } from './netlist.js';

const COLUMN_W = 470;
const BOX_W = 130;
const PIN_H = 16;
const STUB = 18;
const GROUP_PAD = 14;
const PART_GAP = 12;
const COLUMNS = 3;
const HEADER_H = 70;

const POWER: Readonly<Record<string, string>> = {
  GND: '#2e7d32',
  '3V3': '#c62828',
  '5V': '#ad1457',
  '+12V': '#e65100',
  '-12V': '#1565c0',
};

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const partHeight = (p: Part): number => Math.max(p.left.length, p.right.length, 1) * PIN_H + 34;

/** Wide enough for the longest pin name on each side (about 5 px per character at 8.5 px). */
const longest = (pins: [string, string][]): number => Math.max(0, ...pins.map(([pin]) => pin.length));
const boxWidth = (p: Part): number => Math.max(BOX_W, (longest(p.left) + longest(p.right)) * 5.2 + 28);

function partSvg(p: Part, x: number, y: number, shared: Set<string>): string {
  const h = partHeight(p);
  const w = boxWidth(p);
  const bx = x + (COLUMN_W - 2 * GROUP_PAD - w) / 2;
  const out: string[] = [];
  out.push(`<g id="${esc(p.ref)}">`);
  out.push(`<rect x="${bx}" y="${y}" width="${w}" height="${h}" class="box"/>`);
  out.push(`<text x="${bx + w / 2}" y="${y + 13}" class="ref">${esc(p.ref)}</text>`);
  out.push(`<text x="${bx + w / 2}" y="${y + 25}" class="val">${esc(p.value)}</text>`);
  const pinY = (i: number) => y + 34 + i * PIN_H + PIN_H / 2 - 2;
  const label = (net: string, tx: number, ty: number, anchor: 'start' | 'end') => {
    const colour = POWER[net];
    const cls = colour ? 'pwr' : shared.has(net) ? 'net' : 'net ext';
    const fill = colour ? ` fill="${colour}"` : '';
    return `<text x="${tx}" y="${ty + 4}" text-anchor="${anchor}" class="${cls}"${fill}>${esc(net)}</text>`;
  };
  p.left.forEach(([pin, net], i) => {
    const py = pinY(i);
    out.push(`<line x1="${bx - STUB}" y1="${py}" x2="${bx}" y2="${py}" class="wire"/>`);
    out.push(`<circle cx="${bx - STUB}" cy="${py}" r="2" class="dot"/>`);
    out.push(`<text x="${bx + 4}" y="${py + 3}" class="pin">${esc(pin)}</text>`);
    out.push(label(net, bx - STUB - 4, py, 'end'));
  });
  p.right.forEach(([pin, net], i) => {
    const py = pinY(i);
    out.push(`<line x1="${bx + w}" y1="${py}" x2="${bx + w + STUB}" y2="${py}" class="wire"/>`);
    out.push(`<circle cx="${bx + w + STUB}" cy="${py}" r="2" class="dot"/>`);
    out.push(`<text x="${bx + w - 4}" y="${py + 3}" text-anchor="end" class="pin">${esc(pin)}</text>`);
    out.push(label(net, bx + w + STUB + 4, py, 'start'));
  });
  out.push('</g>');
  return out.join('\n');
}

/** Groups flow into the shortest of COLUMNS columns, in netlist order. */
export function renderSvg(n: Netlist): string {
  const netMap = nets(n);
  const shared = new Set([...netMap].filter(([, c]) => c.length > 1).map(([k]) => k));
  const colY = Array.from({ length: COLUMNS }, () => HEADER_H);
  const body: string[] = [];
  for (const g of n.groups) {
    const h = g.parts.reduce((s, p) => s + partHeight(p) + PART_GAP, 0) + 2 * GROUP_PAD + 10;
    const col = colY.indexOf(Math.min(...colY));
    const x = 10 + col * COLUMN_W;
    const y = colY[col] as number;
    body.push(`<g class="group">`);
    body.push(`<rect x="${x}" y="${y}" width="${COLUMN_W - 20}" height="${h}" class="frame"/>`);
    body.push(`<text x="${x + 8}" y="${y + 16}" class="group-title">${esc(g.name)}</text>`);
    let py = y + GROUP_PAD + 14;
    for (const p of g.parts) {
      body.push(partSvg(p, x + GROUP_PAD - 10, py, shared));
      py += partHeight(p) + PART_GAP;
    }
    body.push('</g>');
    colY[col] = y + h + 16;
  }
  const width = COLUMNS * COLUMN_W + 10;
  const height = Math.max(...colY) + 40;
  const parts = allParts(n).length;
  const legend =
    'Pins with the same net name are connected. Coloured: supply nets. Italic: nets that leave the board ' +
    `(socket, contactor, modem, modules). ${parts} parts, ${netMap.size} nets. Generated from ` +
    'hw/schematic/piccs-io.net.yaml by npm run gen:hw.';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    '<style>',
    '.box{fill:#fffef5;stroke:#333;stroke-width:1.2}.frame{fill:none;stroke:#999;stroke-dasharray:4 3}',
    '.wire{stroke:#333;stroke-width:1.2}.dot{fill:#333}',
    '.ref{font-size:11px;font-weight:bold;text-anchor:middle}.val{font-size:9.5px;text-anchor:middle;fill:#444}',
    '.pin{font-size:8.5px;fill:#555}.net{font-size:9.5px;fill:#000}.ext{font-style:italic;fill:#6a1b9a}',
    '.pwr{font-size:9.5px;font-weight:bold}.group-title{font-size:12px;font-weight:bold;fill:#333}',
    '.title{font-size:17px;font-weight:bold}.legend{font-size:10px;fill:#444}',
    '</style>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="26" class="title">${esc(n.title)} (rev ${esc(n.revision)})</text>`,
    `<text x="10" y="46" class="legend">${esc(legend)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
