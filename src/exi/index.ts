/**
 * EXI codec facade: the only entry point other modules use (V2G sessions, listen mode, CLI).
 * Stable API: decodeExi(bytes, schema[, opts]) -> ExiDocument, encodeExi(doc, schema) -> Buffer,
 * messageName(doc) -> 'CurrentDemandReq'. ExiDocument is the "EXI JSON form" of DESIGN.md.
 * Decoding throws only DecodeError (offset in bits), encoding only EncodeError (path of the offending field).
 * Knows the stream header and which generated grammar serves which schema; nothing about V2G sessions.
 */

import { createRequire } from 'node:module';
import { DecodeError, EncodeError } from '../core/errors.js';
import { BitReader } from './core/bit-reader.js';
import { BitWriter, prefixError } from './core/bit-writer.js';
import type { ExiObject } from './core/doc.js';

export type ExiSchema = 'apphand' | 'din' | 'iso2' | 'iso20';
export const EXI_SCHEMAS: readonly ExiSchema[] = ['apphand', 'din', 'iso2', 'iso20'];

/** One key, the root element's local name; see DESIGN.md "EXI JSON form". */
export type ExiDocument = Record<string, unknown>;

/** ISO 15118-20 message namespaces, one EXI grammar each. */
export type Iso20Namespace = 'CommonMessages' | 'DC' | 'AC' | 'WPT' | 'ACDP';

export interface DecodeOptions {
  /**
   * ISO 15118-20 only: the namespace grammar to use (known from the V2GTP payload type or the session phase).
   * Without it every namespace is tried in the order CommonMessages, DC, AC, WPT, ACDP and the first that decodes
   * the whole input (only zero padding after the end of the document) wins.
   */
  iso20Namespace?: Iso20Namespace;
}

interface Grammar {
  ROOT_ELEMENTS: readonly string[];
  decodeDocument(r: BitReader): ExiObject;
  encodeDocument(w: BitWriter, doc: ExiObject, root: string): void;
}

/**
 * ISO 15118-20 V2GTP payload types (ISO 15118-20 Table 12, see standards.md 2.2) and the namespace grammar of
 * their EXI body, for `decodeExi(bytes, 'iso20', { iso20Namespace })`. 0x8001 carries the AppHandshake.
 */
export const ISO20_PAYLOAD_NAMESPACE: Readonly<Record<number, Iso20Namespace>> = {
  32770: 'CommonMessages',
  32771: 'AC',
  32772: 'DC',
  32773: 'ACDP',
  32774: 'WPT',
};

/**
 * The generated grammars (4.3 MB of code, 3 MB of it ISO 15118-20) are loaded on first use, synchronously
 * (require of an ES module, Node >= 20.19; older Node 20 loads them all at start): a DIN session never loads the ISO-2 or ISO-20 code, and
 * `piccs --help` none of it.
 */
const requireGrammar = createRequire(import.meta.url);
const GRAMMAR_FILES = {
  apphand: './apphand/generated/apphand.js',
  din: './din/generated/din.js',
  iso2: './iso2/generated/iso2.js',
  CommonMessages: './iso20/generated/common-messages.js',
  DC: './iso20/generated/dc.js',
  AC: './iso20/generated/ac.js',
  WPT: './iso20/generated/wpt.js',
  ACDP: './iso20/generated/acdp.js',
} as const;
type GrammarName = keyof typeof GRAMMAR_FILES;
const loaded = new Map<GrammarName, Grammar>();

function grammar(name: GrammarName): Grammar {
  let g = loaded.get(name);
  if (g === undefined) {
    g = requireGrammar(GRAMMAR_FILES[name]) as Grammar;
    loaded.set(name, g);
  }
  return g;
}

// Node 20 before 20.19 cannot require an ES module: load every grammar up front there (the behaviour before
// lazy loading), so the facade stays synchronous on every Node 20.
if ((process.features as { require_module?: boolean }).require_module !== true) {
  for (const name of Object.keys(GRAMMAR_FILES) as GrammarName[]) {
    loaded.set(name, (await import(GRAMMAR_FILES[name])) as Grammar);
  }
}

/** The grammars loaded so far (for tests and the start-up bench: which code a session pulled in). */
export function loadedGrammars(): string[] {
  return [...loaded.keys()];
}

/** ISO 15118-20 namespaces in the order an undirected decode tries them. */
const ISO20: readonly Iso20Namespace[] = ['CommonMessages', 'DC', 'AC', 'WPT', 'ACDP'];
const isSingle = (s: string): s is Exclude<ExiSchema, 'iso20'> => s === 'apphand' || s === 'din' || s === 'iso2';

/** EXI header of V2G streams: distinguishing bits 10, no options, final version 1 (EXI 1.0 section 5). */
const EXI_HEADER = 0x80;

/** One reader for every decode (decoding is synchronous and never re-entrant): decoding allocates the document. */
const reader = new BitReader(new Uint8Array(0));

function decodeWith(g: Grammar, bytes: Uint8Array): ExiDocument {
  const r = reader;
  r.reset(bytes);
  const h = r.bits(8);
  if (h !== EXI_HEADER) {
    throw new DecodeError(
      `EXI header 0x${h.toString(16).padStart(2, '0')} is not 0x80 (no options, version 1)`,
      0,
      'bit',
    );
  }
  return g.decodeDocument(r);
}

/** True when everything after the reader's position is zero bits (padding, or the Model Y's extra 0x00). */
function onlyZeroAfter(bytes: Uint8Array, pos: number): boolean {
  const i = pos >>> 3;
  if ((pos & 7) !== 0 && (bytes[i]! & (0xff >>> (pos & 7))) !== 0) return false;
  for (let j = (pos + 7) >>> 3; j < bytes.length; j++) if (bytes[j] !== 0) return false;
  return true;
}

/**
 * Decodes one EXI stream (no V2GTP header). Bytes after the end of the document are ignored (padding).
 * Throws DecodeError (offset in bits) on anything that does not fit the schema.
 */
export function decodeExi(bytes: Uint8Array, schema: ExiSchema, opts?: DecodeOptions): ExiDocument {
  try {
    if (schema !== 'iso20') {
      if (!isSingle(schema)) throw new DecodeError(`unknown EXI schema '${String(schema)}'`, 0, 'bit');
      return decodeWith(grammar(schema), bytes);
    }
    if (opts?.iso20Namespace) {
      const ns = opts.iso20Namespace;
      if (!ISO20.includes(ns)) throw new DecodeError(`unknown ISO 15118-20 namespace '${ns}'`, 0, 'bit');
      return decodeWith(grammar(ns), bytes);
    }
    let firstError: unknown;
    for (const ns of ISO20) {
      try {
        const doc = decodeWith(grammar(ns), bytes);
        if (onlyZeroAfter(bytes, reader.pos)) return doc;
      } catch (e) {
        firstError ??= e;
      }
    }
    throw firstError ?? new DecodeError('no ISO 15118-20 namespace grammar decodes this stream completely', 0, 'bit');
  } catch (e) {
    if (e instanceof DecodeError) throw e;
    // Defensive: anything else (e.g. a stack overflow on absurd nesting) becomes a typed error.
    throw new DecodeError(`EXI decode failed: ${e instanceof Error ? e.message : String(e)}`, 0, 'bit');
  }
}

const writer = new BitWriter();

function rootOf(doc: unknown): string {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new EncodeError('document must be an object with one key, the root element', '');
  }
  const keys = Object.keys(doc);
  if (keys.length !== 1) throw new EncodeError(`document must have exactly one root key, got ${keys.length}`, '');
  return keys[0]!;
}

/** The ISO 15118-20 namespace grammar whose global elements include `root` (CommonMessages first). */
export function iso20NamespaceOf(root: string): Iso20Namespace | undefined {
  return ISO20.find((ns) => grammar(ns).ROOT_ELEMENTS.includes(root));
}

/** Encodes a document in the EXI JSON form. Throws EncodeError naming the path of the offending field. */
export function encodeExi(doc: ExiDocument, schema: ExiSchema): Buffer {
  const root = rootOf(doc);
  let g: Grammar | undefined;
  if (schema === 'iso20') {
    const ns = iso20NamespaceOf(root);
    if (!ns) throw new EncodeError(`'${root}' is not a global element of any ISO 15118-20 namespace`, root);
    g = grammar(ns);
  } else {
    if (!isSingle(schema)) throw new EncodeError(`unknown EXI schema '${String(schema)}'`, '');
    g = grammar(schema);
  }
  writer.reset();
  writer.bits(EXI_HEADER, 8);
  try {
    g.encodeDocument(writer, doc as ExiObject, root);
  } catch (e) {
    throw prefixError(e, root);
  }
  return writer.finish();
}

/**
 * The message a document carries: the Body child for DIN / ISO-2 (`CurrentDemandReq`), the root element for
 * AppHandshake and ISO 15118-20 (`supportedAppProtocolReq`, `DC_ChargeLoopReq`).
 */
export function messageName(doc: ExiDocument): string {
  const root = Object.keys(doc)[0] ?? '';
  if (root === 'V2G_Message') {
    const body = (doc.V2G_Message as { Body?: Record<string, unknown> } | undefined)?.Body;
    const name = body && typeof body === 'object' ? Object.keys(body)[0] : undefined;
    return name ?? 'V2G_Message';
  }
  return root;
}
