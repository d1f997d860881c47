// generated, do not edit.
// AppHandshake: schema-informed EXI 1.0 codec (non-strict, V2G options), built by src/exi/gen from:
//   apphand/V2G_CI_AppProtocol.xsd
// Regenerate with `npm run gen:exi -- ../shared/schemas`.
/* eslint-disable */

import type { BitReader } from '../../core/bit-reader.js';
import { type BitWriter, encodeFail, prefixError } from '../../core/bit-writer.js';
import { asArray, asObject, type ExiObject, extraKeyFail, firstKey, keyCount, pushItem } from '../../core/doc.js';

/** Global elements in DocContent order (sorted by local name, then namespace). */
export const ROOT_ELEMENTS: readonly string[] = ["supportedAppProtocolReq","supportedAppProtocolRes"];

const EN0: readonly string[] = ["OK_SuccessfulNegotiation","OK_SuccessfulNegotiationWithMinorDeviation","Failed_NoNegotiation"];
const EM0: ReadonlyMap<string, number> = new Map(EN0.map((v, i) => [v, i]));

/** Decodes DocContent (after the EXI header) up to ED; returns the document in the EXI JSON form. */
export function decodeDocument(r: BitReader): ExiObject {
  switch (r.bits(2)) {
    case 0: { let v: unknown; v = d_supportedAppProtocolReq_anon(r); return { "supportedAppProtocolReq": v }; }
    case 1: { let v: unknown; v = d_supportedAppProtocolRes_anon(r); return { "supportedAppProtocolRes": v }; }
    default: return r.fail('document root is not a global element of this schema');
  }
}

/** Encodes DocContent of a document in the EXI JSON form (one key: the root element). */
export function encodeDocument(w: BitWriter, doc: ExiObject, root: string): void {
  const v = doc[root];
  switch (root) {
    case "supportedAppProtocolReq": w.bits(0, 2); e_supportedAppProtocolReq_anon(w, v); return;
    case "supportedAppProtocolRes": w.bits(1, 2); e_supportedAppProtocolRes_anon(w, v); return;
    default: return encodeFail(`unknown root element '${root}' (one of: ${ROOT_ELEMENTS.join(', ')})`);
  }
}

function d_supportedAppProtocolReq_anon(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_AppProtocolType(r); pushItem(o, "AppProtocol", v); c0 = 1; s = 1; continue;
          default: return r.escape("<supportedAppProtocolReq> type state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_AppProtocolType(r); pushItem(o, "AppProtocol", v); if (++c0 > 20) return r.fail("more than 20 AppProtocol items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("<supportedAppProtocolReq> type state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_supportedAppProtocolReq_anon: readonly string[] = ["AppProtocol"];
function e_supportedAppProtocolReq_anon(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.AppProtocol) !== undefined && i0 < asArray(v, "AppProtocol").length) { w.bits(0, 1); k = "AppProtocol"; ki = i0; e_AppProtocolType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'AppProtocol'", "AppProtocol[0]");
        case 1:
          if ((v = o.AppProtocol) !== undefined && i0 < asArray(v, "AppProtocol").length) { w.bits(0, 2); k = "AppProtocol"; ki = i0; e_AppProtocolType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 20) return encodeFail("more than 20 AppProtocol items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.AppProtocol as unknown[]).length) encodeFail(`too many items (${(o.AppProtocol as unknown[]).length}) or items out of order`, "AppProtocol[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_supportedAppProtocolReq_anon, m);
}

function d_supportedAppProtocolRes_anon(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("<supportedAppProtocolRes> type state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of SchemaID'); } else v = {}; o.SchemaID = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("<supportedAppProtocolRes> type state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("<supportedAppProtocolRes> type state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_supportedAppProtocolRes_anon: readonly string[] = ["ResponseCode","SchemaID"];
function e_supportedAppProtocolRes_anon(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.SchemaID) !== undefined) { w.bits(0, 2); k = "SchemaID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_supportedAppProtocolRes_anon, m);
}

function d_AppProtocolType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(100); r.expect0('EE of ProtocolNamespace'); } else v = {}; o.ProtocolNamespace = v; s = 1; continue;
          default: return r.escape("AppProtocolType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of VersionNumberMajor'); } else v = {}; o.VersionNumberMajor = v; s = 2; continue;
          default: return r.escape("AppProtocolType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of VersionNumberMinor'); } else v = {}; o.VersionNumberMinor = v; s = 3; continue;
          default: return r.escape("AppProtocolType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of SchemaID'); } else v = {}; o.SchemaID = v; s = 4; continue;
          default: return r.escape("AppProtocolType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(5, 1, 20); r.expect0('EE of Priority'); } else v = {}; o.Priority = v; s = 5; continue;
          default: return r.escape("AppProtocolType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AppProtocolType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AppProtocolType: readonly string[] = ["ProtocolNamespace","VersionNumberMajor","VersionNumberMinor","SchemaID","Priority"];
function e_AppProtocolType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ProtocolNamespace) !== undefined) { w.bits(0, 1); k = "ProtocolNamespace"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 100); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ProtocolNamespace'", "ProtocolNamespace");
        case 1:
          if ((v = o.VersionNumberMajor) !== undefined) { w.bits(0, 1); k = "VersionNumberMajor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'VersionNumberMajor'", "VersionNumberMajor");
        case 2:
          if ((v = o.VersionNumberMinor) !== undefined) { w.bits(0, 1); k = "VersionNumberMinor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'VersionNumberMinor'", "VersionNumberMinor");
        case 3:
          if ((v = o.SchemaID) !== undefined) { w.bits(0, 1); k = "SchemaID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'SchemaID'", "SchemaID");
        case 4:
          if ((v = o.Priority) !== undefined) { w.bits(0, 1); k = "Priority"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 5, 1, 20); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'Priority'", "Priority");
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AppProtocolType, m);
}
