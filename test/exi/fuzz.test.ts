/**
 * Fuzz: random and mutated EXI streams for every schema must decode or throw DecodeError only, in bounded time;
 * whatever decodes must re-encode (or throw EncodeError only). CI runs FUZZ_ITERATIONS per schema (default 1e5);
 * `npm run fuzz` runs more. Deterministic (seeded) so failures reproduce.
 * The corpus is the shared EXI vectors (../shared or PICCS_SHARED_DIR). Without them `npm test` fuzzes a small
 * built-in corpus (a few messages per schema made by our own encoder) and says so in each test's title and
 * diagnostics; `npm run fuzz` (FUZZ_REQUIRE_VECTORS=1) refuses to run without them rather than pass on a thin corpus.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, EncodeError } from '../../src/core/errors.js';
import { decodeExi, type ExiSchema, encodeExi } from '../../src/exi/index.js';
import { generatedVectors, realVectors } from './helpers.js';

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 100_000);
const REQUIRE_VECTORS = process.env.FUZZ_REQUIRE_VECTORS === '1';

/** Built-in seeds when the shared vectors are absent: small valid documents of each schema, encoded by us. */
const BUILT_IN_DOCS: Record<ExiSchema, Record<string, unknown>[]> = {
  apphand: [
    {
      supportedAppProtocolReq: {
        AppProtocol: [
          {
            ProtocolNamespace: 'urn:din:70121:2012:MsgDef',
            VersionNumberMajor: 2,
            VersionNumberMinor: 0,
            SchemaID: 1,
            Priority: 1,
          },
          {
            ProtocolNamespace: 'urn:iso:15118:2:2013:MsgDef',
            VersionNumberMajor: 2,
            VersionNumberMinor: 0,
            SchemaID: 2,
            Priority: 2,
          },
        ],
      },
    },
    { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 } },
  ],
  din: [
    { V2G_Message: { Header: { SessionID: '00' }, Body: { SessionSetupReq: { EVCCID: '020000000a01' } } } },
    {
      V2G_Message: {
        Header: { SessionID: '0ebe5b8d693ee379' },
        Body: {
          PreChargeReq: {
            DC_EVStatus: { EVReady: true, EVErrorCode: 'NO_ERROR', EVRESSSOC: 73 },
            EVTargetVoltage: { Multiplier: 0, Unit: 'V', Value: 348 },
            EVTargetCurrent: { Multiplier: 0, Unit: 'A', Value: 1 },
          },
        },
      },
    },
  ],
  iso2: [{ V2G_Message: { Header: { SessionID: '00' }, Body: { SessionSetupReq: { EVCCID: '020000000a01' } } } }],
  iso20: [{ SessionSetupReq: { Header: { SessionID: '00', TimeStamp: 0 }, EVCCID: 'WMIV1234567890ABCDEX' } }],
};

/** The corpus of a schema and where it came from. */
function corpus(schema: ExiSchema): { seeds: Buffer[]; shared: boolean } {
  const shared = sharedSeeds(schema);
  if (shared.length > 0) return { seeds: shared, shared: true };
  return { seeds: BUILT_IN_DOCS[schema].map((d) => encodeExi(d, schema)), shared: false };
}

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

function sharedSeeds(schema: ExiSchema): Buffer[] {
  const out: Buffer[] = [];
  for (const v of generatedVectors() ?? []) if (v.schema === schema) out.push(Buffer.from(v.hex, 'hex'));
  if (schema === 'din' || schema === 'apphand') {
    for (const v of realVectors() ?? []) {
      if ((v.decoder === 'DH') === (schema === 'apphand')) out.push(Buffer.from(v.exi_hex, 'hex'));
    }
  }
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

function fuzzSchema(
  schema: ExiSchema,
  seeds: Buffer[],
  iterations: number,
  seed: number,
): { decoded: number; slowestMs: number } {
  // Most inputs end in an error; capturing a stack for each one would dominate the run time.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fuzzLoop(schema, seeds, iterations, seed);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function fuzzLoop(
  schema: ExiSchema,
  corpus: Buffer[],
  iterations: number,
  seed: number,
): { decoded: number; slowestMs: number } {
  const rand = rng(seed);
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
    const c = corpus(schema);
    const from = c.shared
      ? `${c.seeds.length} shared vectors`
      : `ONLY ${c.seeds.length} built-in seed message${c.seeds.length === 1 ? '' : 's'}: the shared EXI vectors are absent (set PICCS_SHARED_DIR for the full corpus)`;
    it(`${schema}: ${ITERATIONS} random and mutated inputs give only typed errors (corpus: ${from})`, (t) => {
      if (!c.shared && REQUIRE_VECTORS) {
        assert.fail(
          `npm run fuzz refuses to run on the built-in seeds alone: the shared EXI vectors for ${schema} are absent. ` +
            'Set PICCS_SHARED_DIR to the folder holding vectors/ and fixtures/ (or use npm test for the short run).',
        );
      }
      const r = fuzzSchema(schema, c.seeds, ITERATIONS, 0x5eed + i);
      // a corpus that decodes almost nothing fuzzes only the first few bits: at least 1 % must still decode
      assert.ok(r.decoded >= ITERATIONS / 100, `${schema}: only ${r.decoded} of ${ITERATIONS} mutated inputs decoded`);
      // Time is reported, not asserted (no timing assertions in unit tests); every read is bounded by the input.
      t.diagnostic(
        `${schema}: ${r.decoded} of ${ITERATIONS} decoded (corpus: ${from}), slowest input ${r.slowestMs.toFixed(2)} ms`,
      );
    });
  }
});
