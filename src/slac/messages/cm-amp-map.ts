/**
 * CM_AMP_MAP.REQ / .CNF (HomePlug GP 11.5.x; ISO 15118-3 amplitude map exchange, TT_amp_map_exchange 200 ms).
 * AMLEN counts 4-bit amplitude entries; AMDATA packs two per byte, low nibble first.
 */

import { DecodeError, EncodeError } from '../../core/errors.js';
import { byte, type PayloadCodec } from './codec.js';

export interface CmAmpMapReq {
  type: 'CM_AMP_MAP.REQ';
  /** One 4-bit amplitude value (0..15) per carrier. */
  amplitudes: number[];
}

export interface CmAmpMapCnf {
  type: 'CM_AMP_MAP.CNF';
  /** 0 = success, 1 = failure. */
  resType: number;
}

export const cmAmpMapReq: PayloadCodec<CmAmpMapReq> = {
  encode(w, m) {
    const n = m.amplitudes.length;
    if (n > 0xffff) throw new EncodeError('too many entries', 'amplitudes');
    w.u16le(n);
    for (let i = 0; i < n; i += 2) {
      const lo = m.amplitudes[i] as number;
      const hi = m.amplitudes[i + 1] ?? 0;
      if (lo < 0 || lo > 15 || hi < 0 || hi > 15)
        throw new EncodeError('entries are 4-bit (0..15)', `amplitudes[${i}]`);
      w.u8(lo | (hi << 4));
    }
  },
  decode(r) {
    const n = r.u16le('AMLEN');
    const bytes = (n + 1) >> 1;
    if (bytes > r.remaining) throw new DecodeError(`AMLEN ${n} exceeds the frame`, r.pos - 2);
    const data = r.bytes(bytes, 'AMDATA');
    const amplitudes: number[] = [];
    for (let i = 0; i < n; i++) amplitudes.push(((data[i >> 1] as number) >> ((i & 1) * 4)) & 0x0f);
    return { type: 'CM_AMP_MAP.REQ', amplitudes };
  },
};

export const cmAmpMapCnf: PayloadCodec<CmAmpMapCnf> = {
  encode(w, m) {
    byte(w, m.resType, 'resType');
  },
  decode(r) {
    return { type: 'CM_AMP_MAP.CNF', resType: r.u8('ResType') };
  },
};
