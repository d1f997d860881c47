/**
 * Fuzz: random and mutated EXI streams for every schema must decode or throw DecodeError only, in bounded time;
 * whatever decodes must re-encode (or throw EncodeError only). CI runs FUZZ_ITERATIONS per schema (default 1e5);
 * `npm run fuzz` runs more. Deterministic (seeded) so failures reproduce.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, EncodeError } from '../../src/core/errors.js';
import { decodeExi, type ExiSchema, encodeExi } from '../../src/exi/index.js';
import { generatedVectors, realVectors } from './helpers.js';

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 100_000);

/** xorshift32: small, fast, seeded. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function seeds(schema: ExiSchema): Buffer[] {
  const out: Buffer[] = [];
  for (const v of generatedVectors() ?? []) if (v.schema === schema) out.push(Buffer.from(v.hex, 'hex'));
  if (schema === 'din' || schema === 'apphand') {
    for (const v of realVectors() ?? []) {
      if ((v.decoder === 'DH') === (schema === 'apphand')) out.push(Buffer.from(v.exi_hex, 'hex'));
    }
  }
  if (out.length === 0) out.push(Buffer.from('809a02000000000ef04d44d0d1400500c814410c9cc020', 'hex'));
  return out;
}

function mutate(base: Buffer, rand: () => number): Buffer {
  const b = Buffer.from(base);
  const kind = Math.floor(rand() * 5);
  if (kind === 0) {
    // flip 1..4 bits (keep the header most of the time so the grammar is exercised)
    for (let i = 1 + Math.floor(rand() * 4); i > 0; i--) {
      const bit = 8 + Math.floor(rand() * (b.length * 8 - 8));
      b[bit >>> 3]! ^= 0x80 >>> (bit & 7);
    }
    return b;
  }
  if (kind === 1) return b.subarray(0, Math.floor(rand() * b.length));
  if (kind === 2) {
    const i = 1 + Math.floor(rand() * (b.length - 1));
    b[i] = Math.floor(rand() * 256);
    return b;
  }
  if (kind === 3) return Buffer.concat([b, Buffer.from([Math.floor(rand() * 256), 0xff, 0xff])]);
  const r = Buffer.alloc(1 + Math.floor(rand() * 64));
  for (let i = 0; i < r.length; i++) r[i] = Math.floor(rand() * 256);
  r[0] = 0x80;
  return r;
}

function fuzzSchema(schema: ExiSchema, iterations: number, seed: number): { decoded: number; slowestMs: number } {
  // Most inputs end in an error; capturing a stack for each one would dominate the run time.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fuzzLoop(schema, iterations, seed);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function fuzzLoop(schema: ExiSchema, iterations: number, seed: number): { decoded: number; slowestMs: number } {
  const rand = rng(seed);
  const corpus = seeds(schema);
  let decoded = 0;
  let slowestMs = 0;
  for (let i = 0; i < iterations; i++) {
    const input = mutate(corpus[Math.floor(rand() * corpus.length)]!, rand);
    const t0 = performance.now();
    try {
      const doc = decodeExi(input, schema);
      decoded++;
      try {
        encodeExi(doc, schema);
      } catch (e) {
        if (!(e instanceof EncodeError)) throw new Error(`re-encode threw ${String(e)} for ${input.toString('hex')}`);
      }
    } catch (e) {
      if (!(e instanceof DecodeError)) throw new Error(`decode threw ${String(e)} for ${input.toString('hex')}`);
    }
    const dt = performance.now() - t0;
    if (dt > slowestMs) slowestMs = dt;
  }
  return { decoded, slowestMs };
}

describe('EXI fuzz', () => {
  for (const [i, schema] of (['apphand', 'din', 'iso2', 'iso20'] as const).entries()) {
    it(`${schema}: ${ITERATIONS} random and mutated inputs give only typed errors`, (t) => {
      const r = fuzzSchema(schema, ITERATIONS, 0x5eed + i);
      assert.ok(r.decoded > 0, 'some mutated inputs still decode');
      // Time is reported, not asserted (no timing assertions in unit tests); every read is bounded by the input.
      t.diagnostic(`${schema}: ${r.decoded} of ${ITERATIONS} decoded, slowest input ${r.slowestMs.toFixed(2)} ms`);
    });
  }
});
