/**
 * `npm run gen:exi -- <schemas dir> [out dir]`: regenerates src/exi/<schema>/generated/*.ts from the XSDs
 * (development time only; the output is committed). Reproducible byte for byte.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { emitSchemaCodec } from './emit.js';
import { SchemaSet } from './schema-model.js';

export interface GrammarTarget {
  /** Entry XSD relative to the schemas dir. */
  entry: string;
  /** Output file relative to the out dir (src/exi). */
  out: string;
  title: string;
}

/** Every grammar the project ships: one per schema set, one per ISO 15118-20 message namespace. */
export const GRAMMARS: readonly GrammarTarget[] = [
  { entry: 'apphand/V2G_CI_AppProtocol.xsd', out: 'apphand/generated/apphand.ts', title: 'AppHandshake' },
  { entry: 'din/V2G_CI_MsgDef.xsd', out: 'din/generated/din.ts', title: 'DIN 70121' },
  { entry: 'iso2/V2G_CI_MsgDef.xsd', out: 'iso2/generated/iso2.ts', title: 'ISO 15118-2' },
  {
    entry: 'iso20/V2G_CI_CommonMessages.xsd',
    out: 'iso20/generated/common-messages.ts',
    title: 'ISO 15118-20 CommonMessages',
  },
  { entry: 'iso20/V2G_CI_DC.xsd', out: 'iso20/generated/dc.ts', title: 'ISO 15118-20 DC' },
  { entry: 'iso20/V2G_CI_AC.xsd', out: 'iso20/generated/ac.ts', title: 'ISO 15118-20 AC' },
  { entry: 'iso20/V2G_CI_WPT.xsd', out: 'iso20/generated/wpt.ts', title: 'ISO 15118-20 WPT' },
  { entry: 'iso20/V2G_CI_ACDP.xsd', out: 'iso20/generated/acdp.ts', title: 'ISO 15118-20 ACDP' },
];

/** Generates every grammar; returns the written files (absolute paths). */
export function generateAll(schemasDir: string, outDir: string): string[] {
  const written: string[] = [];
  for (const g of GRAMMARS) {
    const entry = join(schemasDir, g.entry);
    const set = new SchemaSet(entry);
    const sources = set.files().map((f) => relative(schemasDir, f).split('\\').join('/'));
    const text = emitSchemaCodec(set, { title: g.title, sources });
    const out = join(outDir, g.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    written.push(out);
  }
  return written;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const [schemasDir, outDir = 'src/exi'] = process.argv.slice(2);
  if (!schemasDir) {
    console.error('usage: npm run gen:exi -- <schemas dir> [out dir, default src/exi]');
    process.exit(2);
  }
  for (const f of generateAll(resolve(schemasDir), resolve(outDir))) console.log(`wrote ${relative(process.cwd(), f)}`);
}
