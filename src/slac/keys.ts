/**
 * Network keys (pure): NID from NMK, NMK-HS from a password, random NMK (standards.md 2.1.4).
 * NID: SHA-256 applied 5 times to the NMK (no salt); NID = D[0..5] + ((SL << 4) | (D[6] >> 4)), the libslac form
 * after its PR #10 (open-plc-utils#149: Qualcomm's HPAVKeyNID differs; the libslac form matches the ini pairs).
 * NMK-HS: SHA-256(password || salt 08 85 6D AF 7C F5 81 86) then 999 more rounds, first 16 bytes.
 */

import { createHash } from 'node:crypto';
import { EncodeError } from '../core/errors.js';
import { NID_LENGTH, NMK_LENGTH } from './defs.js';

/** Security level in the NID: 0b00 = simple connect (what SLAC uses), 0b01 = secure. */
export const NID_SECURITY_LEVEL_SIMPLE_CONNECT = 0;
/** HomePlug AV: the salt for NMK-HS derivation from a network password. */
export const NMK_HS_SALT = Buffer.from([0x08, 0x85, 0x6d, 0xaf, 0x7c, 0xf5, 0x81, 0x86]);
const NMK_HS_ROUNDS = 1000;
const NID_ROUNDS = 5;

/** Random source port: returns n random bytes. Injected so tests are deterministic. */
export type RandomSource = (n: number) => Buffer;

function sha256(b: Uint8Array): Buffer {
  return createHash('sha256').update(b).digest();
}

export function nidFromNmk(nmk: Uint8Array, securityLevel = NID_SECURITY_LEVEL_SIMPLE_CONNECT): Buffer {
  if (nmk.length !== NMK_LENGTH) throw new EncodeError(`must be ${NMK_LENGTH} bytes`, 'nmk');
  let d: Buffer = Buffer.from(nmk);
  for (let i = 0; i < NID_ROUNDS; i++) d = sha256(d);
  const nid = Buffer.alloc(NID_LENGTH);
  d.copy(nid, 0, 0, 6);
  nid[6] = ((securityLevel & 0x03) << 4) | ((d[6] as number) >> 4);
  return nid;
}

export function nmkFromPassword(password: string): Buffer {
  let d = sha256(Buffer.concat([Buffer.from(password, 'utf8'), NMK_HS_SALT]));
  for (let i = 1; i < NMK_HS_ROUNDS; i++) d = sha256(d);
  return d.subarray(0, NMK_LENGTH);
}

export interface NetworkKey {
  nmk: Buffer;
  nid: Buffer;
}

/** A fresh random NMK and its NID: what the EVSE sets on its modem for every matching session. */
export function randomNetworkKey(random: RandomSource): NetworkKey {
  const nmk = Buffer.from(random(NMK_LENGTH));
  if (nmk.length !== NMK_LENGTH) throw new EncodeError(`random source returned ${nmk.length} bytes`, 'nmk');
  return { nmk, nid: nidFromNmk(nmk) };
}
