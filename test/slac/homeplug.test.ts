import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHex } from '../../src/core/bytes.js';
import { DecodeError, EncodeError } from '../../src/core/errors.js';
import { decodeMme, encodeMme, MME_TABLE, mmeName, mmtypeOf, tryDecodeMme } from '../../src/slac/homeplug.js';
import { SAMPLE_MESSAGES } from './samples.js';

const EV = fromHex('0465650064c3');
const EVSE = fromHex('6257251844be');
const BCAST = Buffer.alloc(6, 0xff);

describe('homeplug MME envelope', () => {
  it('has a sample for every codec row, and every sample round-trips through encode/decode', () => {
    const covered = new Set(SAMPLE_MESSAGES.map((m) => m.type));
    for (const row of MME_TABLE) assert.ok(covered.has(row.name), `no sample for ${row.name}`);
    for (const msg of SAMPLE_MESSAGES) {
      const frame = encodeMme({ dst: EV, src: EVSE, msg });
      assert.ok(frame.length >= 60, `${msg.type} padded to 60`);
      const back = decodeMme(frame);
      assert.equal(back.msg.type, msg.type);
      assert.deepEqual(back.msg, msg, msg.type);
      assert.equal(back.mmtype, mmtypeOf(msg.type));
      assert.deepEqual(back.dst, EV);
      assert.deepEqual(back.src, EVSE);
      // re-encoding the decoded message gives the same bytes
      assert.deepEqual(encodeMme({ dst: EV, src: EVSE, msg: back.msg, mmv: back.mmv }), frame, msg.type);
    }
  });

  it('writes MMV, little-endian MMTYPE, FMI/FMSN for MMV 1 and the payload at offset 19', () => {
    const f = encodeMme({
      dst: BCAST,
      src: EV,
      msg: { type: 'CM_SLAC_PARM.REQ', applicationType: 0, securityType: 0, runId: Buffer.from('TESLA EV') },
    });
    assert.equal(f.length, 60);
    assert.equal(f.subarray(12, 14).toString('hex'), '88e1');
    assert.equal(f.subarray(14, 19).toString('hex'), '0164600000');
    assert.equal(f.subarray(19, 29).toString('hex'), `0000${Buffer.from('TESLA EV').toString('hex')}`);
    assert.ok(
      f.subarray(29).every((b) => b === 0),
      'zero padding',
    );
  });

  it('writes Qualcomm vendor MMEs with MMV 0 and the OUI at offset 17', () => {
    const f = encodeMme({ dst: BCAST, src: EV, msg: { type: 'VS_SW_VER.REQ' } });
    assert.equal(f.subarray(14, 20).toString('hex'), '0000a000b052');
  });

  it('matches the standards.md offsets of CM_SLAC_MATCH.CNF (NID at 85, NMK at 93, 109 bytes)', () => {
    const cnf = SAMPLE_MESSAGES.find((m) => m.type === 'CM_SLAC_MATCH.CNF');
    assert.ok(cnf);
    const f = encodeMme({ dst: EV, src: EVSE, msg: cnf });
    assert.equal(f.length, 109);
    assert.equal(f.readUInt16LE(21), 0x56);
    assert.equal(f.subarray(40, 46).toString('hex'), '020000000001');
    assert.equal(f.subarray(63, 69).toString('hex'), '020000000002');
    assert.equal(f.subarray(69, 77).toString('latin1'), 'TESLA EV');
    assert.equal(f.subarray(85, 92).toString('hex'), 'b1c913b5aa0702');
    assert.equal(f.subarray(93, 109).toString('hex'), '3452235445aef2d455feff31a3b303ad');
  });

  it('matches the offsets of CM_ATTEN_CHAR.IND (129 bytes, NumGroups at 70) and CM_MNBC_SOUND.IND (71 bytes)', () => {
    const ind = SAMPLE_MESSAGES.find((m) => m.type === 'CM_ATTEN_CHAR.IND');
    assert.ok(ind);
    const f = encodeMme({ dst: EV, src: EVSE, msg: ind });
    assert.equal(f.length, 129);
    assert.equal(f[69], 10);
    assert.equal(f[70], 58);
    const snd = SAMPLE_MESSAGES.find((m) => m.type === 'CM_MNBC_SOUND.IND');
    assert.ok(snd);
    const s = encodeMme({ dst: BCAST, src: EV, msg: snd });
    assert.equal(s.length, 71);
    assert.equal(s[38], 9);
    assert.equal(s.subarray(39, 47).toString('latin1'), 'TESLA EV');
  });

  it('decodes a real CM_SLAC_PARM.CNF from an Alpitronic (RunID echo field at 36)', () => {
    // 2022-10-26_WP4_networkEstablishedButHiddenCommunication.pcapng, first CM_SLAC_PARM.CNF
    const f = fromHex(
      '0465650064c36257251844be88e10165600000ffffffffffff0a06010465650064c300000465650064c3000000000000000000000000000000000000',
    );
    const d = decodeMme(f);
    assert.equal(d.msg.type, 'CM_SLAC_PARM.CNF');
    if (d.msg.type !== 'CM_SLAC_PARM.CNF') return;
    assert.equal(d.msg.numSounds, 10);
    assert.equal(d.msg.timeOut, 6);
    assert.equal(d.msg.forwardingSta.toString('hex'), '0465650064c3');
    assert.equal(d.msg.runId.toString('hex'), '0465650064c30000');
  });

  it('reports unknown MMTYPEs without failing, vendor ones with their OUI', () => {
    const f = fromHex(
      'dc0ea11167089848275a3ce688e100b1a000b05200000000000000000100002a000000000002700000180000000000000000000000',
    );
    const d = decodeMme(f);
    assert.equal(d.msg.type, 'UNKNOWN');
    if (d.msg.type !== 'UNKNOWN') return;
    assert.equal(d.msg.vendor, true);
    assert.equal(d.msg.oui?.toString('hex'), '00b052');
    assert.equal(mmeName(0xa0b1), 'vendor 0xA0B1');
    assert.equal(mmeName(0x6034), 'MMTYPE 0x6034');
    assert.equal(mmeName(0x6065), 'CM_SLAC_PARM.CNF');
  });

  it('rejects short, non-HomePlug, fragmented and wrong-OUI frames with DecodeError', () => {
    const good = encodeMme({
      dst: EV,
      src: EVSE,
      msg: SAMPLE_MESSAGES.find((m) => m.type === 'CM_SLAC_MATCH.CNF') as never,
    });
    assert.throws(() => decodeMme(good.subarray(0, 100)), DecodeError);
    assert.throws(() => decodeMme(good.subarray(0, 16)), DecodeError);
    const ipv6 = Buffer.from(good);
    ipv6.writeUInt16BE(0x86dd, 12);
    assert.throws(() => decodeMme(ipv6), /not HomePlug AV/);
    const frag = Buffer.from(good);
    frag[17] = 0x10;
    assert.throws(() => decodeMme(frag), /fragmented/);
    const badOui = encodeMme({
      dst: EV,
      src: EVSE,
      msg: { type: 'VS_SW_VER.CNF', mstatus: 0, deviceId: 0x20, version: 'x' },
    });
    badOui[18] = 0x53;
    assert.throws(() => decodeMme(badOui), /not Qualcomm/);
    const groups = encodeMme({ dst: EV, src: EVSE, msg: { type: 'CM_ATTEN_PROFILE.IND', pevMac: EV, aag: [] } });
    groups[25] = 200;
    assert.throws(() => decodeMme(groups), /NumGroups 200 exceeds/);
    assert.equal(tryDecodeMme(good.subarray(0, 20)), undefined);
  });

  it('rejects wrong field sizes on encode with the field path', () => {
    assert.throws(
      () =>
        encodeMme({
          dst: EV,
          src: EVSE,
          msg: { type: 'CM_SLAC_PARM.REQ', applicationType: 0, securityType: 0, runId: Buffer.alloc(7) },
        }),
      (e: unknown) => e instanceof EncodeError && e.path === 'runId',
    );
    assert.throws(() => encodeMme({ dst: EV.subarray(0, 5), src: EVSE, msg: { type: 'VS_SW_VER.REQ' } }), EncodeError);
  });

  it('never throws anything but DecodeError on random or mutated input (fuzz)', () => {
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const seeds = SAMPLE_MESSAGES.map((msg) => encodeMme({ dst: EV, src: EVSE, msg }));
    for (let i = 0; i < 3000; i++) {
      const base = seeds[i % seeds.length] as Buffer;
      const f = Buffer.from(base.subarray(0, rnd() % (base.length + 1)));
      for (let k = 0; k < 3; k++) if (f.length > 14) f[14 + (rnd() % (f.length - 14))] = rnd() & 0xff;
      try {
        decodeMme(f);
      } catch (err) {
        assert.ok(err instanceof DecodeError, `unexpected ${String(err)}`);
      }
    }
  });
});
