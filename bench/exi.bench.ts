/**
 * EXI codec speed per schema over the real (pyPLC captures) and generated (libcbv2g) vectors: messages/s and
 * ns/message p50/p99/max for decode and encode, with JSON.parse / JSON.stringify of the same decoded documents in
 * the same run as the yardstick, and CurrentDemandReq decode+encode on its own (target <= 5 us).
 * Per-message times are batch means (each message run BATCH times) to stay above the timer's resolution.
 */

import { decodeExi, type ExiDocument, type ExiSchema, encodeExi, messageName } from '../src/exi/index.js';
import { generatedVectors, realVectors } from '../test/exi/helpers.js';
import { measureExiVsC } from './exi-vs-c.js';

const BATCH = 200;
const ROUNDS = 7;

interface Msg {
  name: string;
  bytes: Buffer;
  doc: ExiDocument;
  json: string;
}

function corpus(schema: ExiSchema): Msg[] {
  const hexes: string[] = [];
  for (const v of realVectors() ?? []) if ((v.decoder === 'DH' ? 'apphand' : 'din') === schema) hexes.push(v.exi_hex);
  for (const v of generatedVectors() ?? []) if (v.schema === schema) hexes.push(v.hex);
  return hexes.map((h) => {
    const bytes = Buffer.from(h, 'hex');
    const doc = decodeExi(bytes, schema);
    return { name: messageName(doc), bytes, doc, json: JSON.stringify(doc) };
  });
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** ns per call of fn(m) for every message (best of ROUNDS batch means); returns sorted per-message times. */
function measure(msgs: Msg[], fn: (m: Msg) => unknown): { sorted: number[]; totalNs: number } {
  const per: number[] = [];
  let sink = 0;
  for (const m of msgs) {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < ROUNDS; r++) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < BATCH; i++) if (fn(m)) sink++;
      const ns = Number(process.hrtime.bigint() - t0) / BATCH;
      if (ns < best) best = ns;
    }
    per.push(best);
  }
  if (sink < 0) console.log(sink);
  const totalNs = per.reduce((a, b) => a + b, 0);
  return { sorted: per.sort((a, b) => a - b), totalNs };
}

function line(label: string, r: { sorted: number[]; totalNs: number }, n: number): string {
  const mps = Math.round(n / (r.totalNs / 1e9));
  return `  ${label.padEnd(16)} ${String(mps).padStart(9)} msg/s   p50 ${pct(r.sorted, 50).toFixed(0).padStart(6)} ns   p99 ${pct(r.sorted, 99).toFixed(0).padStart(7)} ns   max ${r.sorted.at(-1)!.toFixed(0).padStart(7)} ns`;
}

const schemas: ExiSchema[] = ['apphand', 'din', 'iso2', 'iso20'];
let any = false;
for (const schema of schemas) {
  const msgs = corpus(schema);
  if (msgs.length === 0) continue;
  any = true;
  // warm-up
  for (let i = 0; i < 20; i++) for (const m of msgs) encodeExi(decodeExi(m.bytes, schema), schema);
  const dec = measure(msgs, (m) => decodeExi(m.bytes, schema));
  const enc = measure(msgs, (m) => encodeExi(m.doc, schema));
  const parse = measure(msgs, (m) => JSON.parse(m.json));
  const stringify = measure(msgs, (m) => JSON.stringify(m.doc));
  console.log(`${schema}: ${msgs.length} messages`);
  console.log(line('decode', dec, msgs.length));
  console.log(line('encode', enc, msgs.length));
  console.log(line('JSON.parse', parse, msgs.length));
  console.log(line('JSON.stringify', stringify, msgs.length));
  console.log(
    `  ratios: decode/JSON.parse ${(dec.totalNs / parse.totalNs).toFixed(2)}, encode/JSON.stringify ${(enc.totalNs / stringify.totalNs).toFixed(2)}, ` +
      `(decode+encode)/(parse+stringify) ${((dec.totalNs + enc.totalNs) / (parse.totalNs + stringify.totalNs)).toFixed(2)} (target <= 2)`,
  );
}

// CurrentDemandReq on its own: the message of the charging loop (25 ms SECC performance time).
for (const schema of ['din', 'iso2'] as const) {
  const cdr = corpus(schema).filter((m) => m.name === 'CurrentDemandReq');
  if (cdr.length === 0) continue;
  const both = measure(cdr, (m) => encodeExi(decodeExi(m.bytes, schema), schema));
  console.log(
    `${schema} CurrentDemandReq decode+encode (${cdr.length} messages): p50 ${(pct(both.sorted, 50) / 1000).toFixed(2)} us, ` +
      `p99 ${(pct(both.sorted, 99) / 1000).toFixed(2)} us, max ${(both.sorted.at(-1)! / 1000).toFixed(2)} us (target <= 5 us)`,
  );
}
// Issue 18 target 5: the 488 real messages against libcbv2g (see exi-vs-c.ts).
const vsC = measureExiVsC();
if (vsC) console.log(vsC);
if (!any) console.log('exi bench: ../shared is absent, skipped');
