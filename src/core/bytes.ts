/** Byte helpers: hex and MAC address conversions (pure). */

import { DecodeError } from './errors.js';

export function toHex(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('hex');
}

/** Parse a hex string (whitespace and `:` ignored). Throws DecodeError on odd length or bad digits. */
export function fromHex(hex: string): Buffer {
  const clean = hex.replace(/[\s:]/g, '');
  if (clean.length % 2 !== 0) throw new DecodeError('hex string has an odd number of digits', clean.length, 'byte');
  if (!/^[0-9a-fA-F]*$/.test(clean)) {
    const bad = clean.search(/[^0-9a-fA-F]/);
    throw new DecodeError('hex string has a non-hex character', bad >> 1, 'byte');
  }
  return Buffer.from(clean, 'hex');
}

/** 6 bytes -> "aa:bb:cc:dd:ee:ff". */
export function formatMac(mac: Uint8Array): string {
  return Array.from(mac.subarray(0, 6), (b) => b.toString(16).padStart(2, '0')).join(':');
}

/** "aa:bb:cc:dd:ee:ff" or "aabbccddeeff" -> 6 bytes. */
export function parseMac(text: string): Buffer {
  const clean = text.replace(/[:-]/g, '');
  if (!/^[0-9a-fA-F]{12}$/.test(clean)) throw new DecodeError(`not a MAC address: '${text}'`, 0);
  return Buffer.from(clean, 'hex');
}

export const BROADCAST_MAC = Buffer.from('ffffffffffff', 'hex');

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
