/**
 * `npm run gen:hw`: regenerates hw/schematic/piccs-io.svg and hw/bom.md from hw/schematic/piccs-io.net.yaml.
 * `--check` only compares and exits 1 when a generated file is out of date (CI, tests).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBom } from './bom.js';
import { NetlistError, parseNetlist } from './netlist.js';
import { renderSvg } from './svg.js';

export const HW_NETLIST = 'hw/schematic/piccs-io.net.yaml';
export const HW_OUTPUTS = { svg: 'hw/schematic/piccs-io.svg', bom: 'hw/bom.md' } as const;

/** The generated files for the netlist under `root`. */
export function generate(root: string): Record<string, string> {
  const n = parseNetlist(readFileSync(join(root, HW_NETLIST), 'utf8'));
  return { [HW_OUTPUTS.svg]: renderSvg(n), [HW_OUTPUTS.bom]: renderBom(n) };
}

function main(argv: string[]): number {
  const root = process.cwd();
  const check = argv.includes('--check');
  let files: Record<string, string>;
  try {
    files = generate(root);
  } catch (err) {
    if (err instanceof NetlistError) {
      for (const p of err.problems) process.stderr.write(`${HW_NETLIST}: ${p}\n`);
      return 1;
    }
    throw err;
  }
  let stale = 0;
  for (const [path, text] of Object.entries(files)) {
    let old = '';
    try {
      old = readFileSync(join(root, path), 'utf8');
    } catch {}
    if (old === text) continue;
    stale++;
    if (check) process.stderr.write(`${path} is out of date: run npm run gen:hw\n`);
    else {
      writeFileSync(join(root, path), text);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  return check && stale ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
