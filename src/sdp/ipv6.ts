/**
 * IPv6 address text <-> 16 bytes (RFC 4291 §2.2 input forms, RFC 5952 canonical output), and the `%zone` suffix
 * Node uses for link-local scope (`fe80::1%eth0`). Pure: no sockets, no interface lookup.
 */

import { DecodeError, EncodeError } from '../core/errors.js';

export const IPV6_BYTES = 16;

/** Split `fe80::1%eth0` into address and zone ('' when absent). */
export function splitZone(text: string): { address: string; zone: string } {
  const i = text.indexOf('%');
  return i < 0 ? { address: text, zone: '' } : { address: text.slice(0, i), zone: text.slice(i + 1) };
}

/** `address%zone` (the zone is only added when given). */
export function withZone(address: string, zone: string | undefined): string {
  const bare = splitZone(address).address;
  return zone ? `${bare}%${zone}` : bare;
}

/** fe80::/10: link-local unicast, needs a zone to be used on a multi-interface host. */
export function isLinkLocal(bytes: Uint8Array): boolean {
  return bytes[0] === 0xfe && ((bytes[1] as number) & 0xc0) === 0x80;
}

/** Parse IPv6 text (with optional %zone, ignored) into 16 bytes. Throws EncodeError on malformed text. */
export function parseIpv6(text: string): Buffer {
  const { address } = splitZone(text.trim());
  const fail = (why: string): never => {
    throw new EncodeError(`not an IPv6 address: '${text}' (${why})`, 'address');
  };
  let groups: string[];
  const dbl = address.indexOf('::');
  let tail = address;
  let embedded4: number[] | undefined;
  // embedded IPv4 in the last 32 bits (::ffff:1.2.3.4)
  const lastColon = address.lastIndexOf(':');
  if (address.slice(lastColon + 1).includes('.')) {
    const parts = address.slice(lastColon + 1).split('.');
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) fail('bad IPv4 part');
    embedded4 = parts.map(Number);
    tail = `${address.slice(0, lastColon + 1)}0:0`;
  }
  const maxGroups = 8;
  if (dbl >= 0) {
    if (tail.indexOf('::', dbl + 1) >= 0) fail('more than one ::');
    const [l = '', r = ''] = [tail.slice(0, dbl), tail.slice(dbl + 2)];
    const left = l ? l.split(':') : [];
    const right = r ? r.split(':') : [];
    if (left.length + right.length > maxGroups - 1) fail('too many groups');
    groups = [...left, ...Array<string>(maxGroups - left.length - right.length).fill('0'), ...right];
  } else {
    groups = tail.split(':');
    if (groups.length !== maxGroups) fail('need 8 groups');
  }
  const out = Buffer.alloc(IPV6_BYTES);
  groups.forEach((g, i) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) fail(`bad group '${g}'`);
    out.writeUInt16BE(Number.parseInt(g, 16), i * 2);
  });
  if (embedded4) out.set(embedded4, 12);
  return out;
}

/** 16 bytes -> RFC 5952 text (lowercase, longest run of >= 2 zero groups as ::, first run on ties). */
export function formatIpv6(bytes: Uint8Array): string {
  if (bytes.length !== IPV6_BYTES) throw new DecodeError(`IPv6 address needs 16 bytes, got ${bytes.length}`, 0);
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push(((bytes[i * 2] as number) << 8) | (bytes[i * 2 + 1] as number));
  let bestAt = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestAt = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (a: number[]) => a.map((x) => x.toString(16)).join(':');
  if (bestAt < 0) return hex(g);
  return `${hex(g.slice(0, bestAt))}::${hex(g.slice(bestAt + bestLen))}`;
}
