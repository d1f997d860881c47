/**
 * `piccs exi decode --schema S [HEX]` / `piccs exi encode --schema S`: the EXI codec as a filter.
 * Decode: HEX (no V2GTP header) to one JSON line; without HEX, one hex string per stdin line to one JSON line each.
 * Encode: one JSON document per stdin line to one hex line each. Bad input gives an `{"error":"..."}` line and the
 * batch goes on; the exit code is 1 if any line failed, 2 on usage errors.
 */

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CcsError } from '../../core/errors.js';
import {
  type DecodeOptions,
  decodeExi,
  EXI_SCHEMAS,
  type ExiSchema,
  encodeExi,
  type Iso20Namespace,
} from '../../exi/index.js';
import type { CliIO, Command } from '../command.js';
import { reportError, UsageError } from '../report.js';

const ISO20_NAMESPACES: readonly Iso20Namespace[] = ['CommonMessages', 'DC', 'AC', 'WPT', 'ACDP'];

const usage = `usage: piccs exi decode --schema apphand|din|iso2|iso20 [--namespace NS] [HEX]
       piccs exi encode --schema apphand|din|iso2|iso20
  decode  EXI hex (without the 8-byte V2GTP header) to the EXI JSON form; without HEX, reads one hex string
          per stdin line and writes one JSON line per input line ({"error":"..."} for bad input)
  encode  reads JSON documents (one per line) from stdin, writes one hex line per document
          ({"error":"..."} for a document that does not fit the schema)
  iso20: the document's root element chooses the namespace (CommonMessages, DC, AC, WPT, ACDP); decoding tries
  each namespace grammar in that order, or only the one given with --namespace NS.`;

function errorLine(e: unknown): string {
  const message = e instanceof CcsError || e instanceof Error ? e.message : String(e);
  return `${JSON.stringify({ error: message })}\n`;
}

/** Strips whitespace and an optional 0x prefix; returns null when the text is not hex. */
function parseHex(text: string): Buffer | null {
  const clean = text.replace(/\s+/g, '').replace(/^0x/i, '');
  if (clean.length === 0 || clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) return null;
  return Buffer.from(clean, 'hex');
}

function decodeLine(line: string, schema: ExiSchema, opts: DecodeOptions): { out: string; ok: boolean } {
  const bytes = parseHex(line);
  if (!bytes) return { out: errorLine(new Error('not a hex string with an even number of digits')), ok: false };
  try {
    return { out: `${JSON.stringify(decodeExi(bytes, schema, opts))}\n`, ok: true };
  } catch (e) {
    return { out: errorLine(e), ok: false };
  }
}

function encodeLine(line: string, schema: ExiSchema): { out: string; ok: boolean } {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    return { out: errorLine(new Error(`not JSON: ${(e as Error).message}`)), ok: false };
  }
  try {
    return { out: `${encodeExi(doc as Record<string, unknown>, schema).toString('hex')}\n`, ok: true };
  } catch (e) {
    return { out: errorLine(e), ok: false };
  }
}

async function eachLine(io: CliIO, fn: (line: string) => { out: string; ok: boolean }): Promise<number> {
  let failed = 0;
  const rl = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '') continue;
    const r = fn(line);
    if (!r.ok) failed++;
    io.stdout.write(r.out);
  }
  return failed ? 1 : 0;
}

const exi: Command = {
  name: 'exi',
  summary: 'decode/encode V2G EXI messages (apphand, din, iso2, iso20) to and from JSON',
  usage,
  async run(argv, io) {
    try {
      return await exiRun(argv, io);
    } catch (err) {
      return reportError(err, io, { name: 'exi', usage, argv });
    }
  },
};

async function exiRun(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  const [verb, hex, ...extra] = positionals;
  const schema = values.schema as ExiSchema | undefined;
  if (verb !== 'decode' && verb !== 'encode') {
    throw new UsageError(verb === undefined ? 'decode or encode?' : `'${verb}' is not decode or encode`);
  }
  if (extra.length > 0 || (verb === 'encode' && hex !== undefined)) {
    throw new UsageError(`unexpected argument '${verb === 'encode' ? hex : extra[0]}' (encode reads stdin)`);
  }
  if (!schema || !EXI_SCHEMAS.includes(schema))
    throw new UsageError(`--schema must be one of ${EXI_SCHEMAS.join(', ')}`);
  const opts: DecodeOptions = {};
  if (values.namespace !== undefined) {
    if (schema !== 'iso20' || !ISO20_NAMESPACES.includes(values.namespace as Iso20Namespace)) {
      throw new UsageError(`--namespace needs --schema iso20 and one of ${ISO20_NAMESPACES.join(', ')}`);
    }
    opts.iso20Namespace = values.namespace as Iso20Namespace;
  }
  if (verb === 'decode') {
    if (hex !== undefined) {
      const r = decodeLine(hex, schema, opts);
      io.stdout.write(r.out);
      return r.ok ? 0 : 1;
    }
    return eachLine(io, (l) => decodeLine(l, schema, opts));
  }
  return eachLine(io, (l) => encodeLine(l, schema));
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: 'string', short: 's' },
      namespace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export default exi;
