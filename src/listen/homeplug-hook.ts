/**
 * The one place where the listener meets the HomePlug MME codec owned by slac/: the name by MMTYPE and the
 * fields that matter on a timeline line (RunID, MACs, attenuation, NID, NMK, results), flattened for display
 * and JSON. Never throws: a malformed MME comes back with its name and the decode error.
 */

import { formatMac, toHex } from '../core/bytes.js';
import { DecodeError } from '../core/errors.js';
import { decodeMme, mmeName } from '../slac/homeplug.js';

export interface MmeView {
  name: string;
  fields?: Record<string, unknown>;
  /** A standard MME that does not decode: malformed. */
  error?: string;
}

/** MMTYPEs from 0x8000 up are manufacturer/vendor specific: another vendor may use the same number. */
const VENDOR_MMTYPE_MIN = 0x8000;

/** Fields left out of the timeline: constant or all-zero in practice (application/security type, IDs, lengths). */
const HIDDEN = new Set([
  'type',
  'applicationType',
  'securityType',
  'mvfLength',
  'sourceId',
  'respId',
  'pevId',
  'evseId',
  // sounding and key-exchange noise: random bytes, nonces, protocol counters
  'senderId',
  'rnd',
  'reserved',
  'myNonce',
  'yourNonce',
  'pid',
  'prn',
  'pmn',
  'ccoCapability',
]);

/** 6-byte fields that are MAC addresses. */
const MAC_FIELDS = new Set(['sourceAddress', 'forwardingSta', 'pevMac', 'evseMac', 'msoundTarget']);

function printable(b: Buffer): boolean {
  return b.length > 0 && b.every((c) => c >= 0x20 && c < 0x7f);
}

function fieldValue(key: string, v: unknown): unknown {
  if (Buffer.isBuffer(v)) {
    if (MAC_FIELDS.has(key) && v.length === 6) return formatMac(v);
    // RunIDs like 'TESLA EV' are text; show both forms.
    if (key === 'runId' && printable(v)) return `${toHex(v)} '${v.toString('latin1')}'`;
    return toHex(v);
  }
  return v;
}

/** Name and key fields of one HomePlug frame (`frame` is the whole Ethernet frame). */
export function describeMme(mmtype: number, frame: Buffer): MmeView {
  const name = mmeName(mmtype);
  let msg: Record<string, unknown>;
  try {
    msg = decodeMme(frame).msg as unknown as Record<string, unknown>;
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    // A vendor MMTYPE with another vendor's payload (e.g. 0xA14E with OUI 000000 from a car's modem) is not damage.
    if (mmtype >= VENDOR_MMTYPE_MIN) return { name, fields: { undecoded: err.message } };
    return { name, error: err.message };
  }
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(msg)) {
    if (HIDDEN.has(k) || v === undefined) continue;
    if (msg.type === 'UNKNOWN' && (k === 'mmtype' || k === 'vendor')) continue;
    if (k === 'aag' && Array.isArray(v)) {
      // Average attenuation over the groups (ISO 15118-3 A.9.2.3): what the EVSE ranks EVs by.
      const groups = v as number[];
      if (groups.length > 0) {
        fields.attenuationDb = Math.round((groups.reduce((a, b) => a + b, 0) / groups.length) * 10) / 10;
        fields.groups = groups.length;
      }
      continue;
    }
    if (k === 'payload' && Buffer.isBuffer(v) && v.length > 24) {
      fields.payload = `${toHex(v.subarray(0, 24))}... (${v.length} bytes)`;
      continue;
    }
    fields[k] = fieldValue(k, v);
  }
  return Object.keys(fields).length > 0 ? { name, fields } : { name };
}
