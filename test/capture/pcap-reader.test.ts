import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type CaptureFrame, detectCaptureFormat, readCapture } from '../../src/capture/pcap-reader.js';
import { DecodeError } from '../../src/core/errors.js';
import { SHARED_MISSING, sharedPath } from '../helpers/shared.js';
import { craftPcap, epb, idb, nrb, shb, spb } from './craft.js';

const frameA = Buffer.from(`ffffffffffff00112233445588e1${'01'.repeat(46)}`, 'hex');
const frameB = Buffer.from(`0011223344556677889900aa86dd${'ab'.repeat(51)}`, 'hex');

describe('pcap reader: classic pcap', () => {
  for (const le of [true, false]) {
    it(`microsecond variant, ${le ? 'little' : 'big'} endian`, () => {
      const file = craftPcap(
        [
          { sec: 1684953221, frac: 653205, data: frameA },
          { sec: 1684953227, frac: 373354, data: frameB, origLength: 1500 },
        ],
        { le },
      );
      assert.equal(detectCaptureFormat(file), 'pcap');
      const frames = [...readCapture(file)];
      assert.equal(frames.length, 2);
      assert.equal(frames[0]!.tsUs, 1684953221653205);
      assert.equal(frames[0]!.tsNs, 1684953221653205000n);
      assert.deepEqual(frames[0]!.data, frameA);
      assert.equal(frames[0]!.interface, 0);
      assert.equal(frames[0]!.linkType, 1);
      assert.deepEqual(frames[1]!.data, frameB);
      assert.equal(frames[1]!.origLength, 1500);
      assert.equal(frames[1]!.fileOffset, 24 + 16 + frameA.length);
    });
    it(`nanosecond variant, ${le ? 'little' : 'big'} endian`, () => {
      const file = craftPcap([{ sec: 1718095756, frac: 191251300, data: frameA }], { le, nano: true });
      assert.equal(detectCaptureFormat(file), 'pcap-ns');
      const [f] = [...readCapture(file)];
      assert.equal(f!.tsNs, 1718095756191251300n);
      assert.equal(f!.tsUs, 1718095756191251);
    });
  }

  it('an empty capture (header only) yields nothing', () => {
    assert.equal([...readCapture(craftPcap([], { le: true }))].length, 0);
  });

  it('rejects other link types with a DecodeError', () => {
    const file = craftPcap([{ sec: 1, frac: 0, data: frameA }], { le: true, linkType: 113 });
    assert.throws(
      () => [...readCapture(file)],
      (e: unknown) => e instanceof DecodeError && /link type 113/.test(e.message),
    );
    // ...unless the caller asks for them
    assert.equal([...readCapture(file, { linkTypes: [113] })].length, 1);
  });

  it('ignores FCS flag bits above the 16-bit link type', () => {
    const file = craftPcap([{ sec: 1, frac: 0, data: frameA }], { le: true, linkType: 0x10000001 });
    assert.equal([...readCapture(file)][0]!.linkType, 1);
  });

  it('yields the whole frames, then throws DecodeError at a truncated record', () => {
    const file = craftPcap(
      [
        { sec: 1, frac: 0, data: frameA },
        { sec: 2, frac: 0, data: frameB },
      ],
      { le: true },
    );
    for (const cut of [file.length - 1, file.length - frameB.length - 10]) {
      const got: CaptureFrame[] = [];
      assert.throws(() => {
        for (const f of readCapture(file.subarray(0, cut))) got.push(f);
      }, DecodeError);
      assert.equal(got.length, 1, `cut at ${cut}`);
    }
    assert.throws(() => [...readCapture(file.subarray(0, 10))], DecodeError);
  });

  it('rejects unknown magic and absurd record lengths', () => {
    assert.throws(() => [...readCapture(Buffer.from('hello world, not a capture'))], DecodeError);
    const file = craftPcap([{ sec: 1, frac: 0, data: frameA }], { le: true });
    file.writeUInt32LE(0x7fffffff, 24 + 8);
    assert.throws(() => [...readCapture(file)], /exceeds/);
  });
});

describe('pcap reader: pcapng', () => {
  for (const le of [true, false]) {
    const order = le ? 'little' : 'big';
    it(`SHB/IDB/EPB/SPB with default microsecond resolution, ${order} endian`, () => {
      const file = Buffer.concat([
        shb(le),
        idb(le, { snapLen: 65535 }),
        nrb(le),
        epb(le, 0, 1684953221653205n, frameA),
        spb(le, frameB),
      ]);
      assert.equal(detectCaptureFormat(file), 'pcapng');
      const frames = [...readCapture(file)];
      assert.equal(frames.length, 2);
      assert.equal(frames[0]!.tsUs, 1684953221653205);
      assert.deepEqual(frames[0]!.data, frameA);
      assert.deepEqual(frames[1]!.data, frameB);
      assert.equal(frames[1]!.tsUs, 0, 'SPB has no timestamp');
    });

    it(`if_tsresol (nanoseconds and 2^-n) and if_tsoffset on two interfaces, ${order} endian`, () => {
      const file = Buffer.concat([
        shb(le),
        idb(le, { tsresol: 9 }),
        idb(le, { tsresol: 0x80 | 10, tsoffset: 1000n }),
        epb(le, 0, 1718095756242029618n, frameA),
        epb(le, 1, 1024n * 5n + 512n, frameB, 900),
      ]);
      const [a, b] = [...readCapture(file)];
      assert.equal(a!.tsNs, 1718095756242029618n);
      assert.equal(a!.tsUs, 1718095756242029);
      assert.equal(a!.interface, 0);
      // 1024 units per second: 5 s + 0.5 s, plus 1000 s offset
      assert.equal(b!.tsNs, 1005_500_000_000n);
      assert.equal(b!.interface, 1);
      assert.equal(b!.origLength, 900);
    });

    it(`SPB data is cut at the interface snap length, ${order} endian`, () => {
      const file = Buffer.concat([shb(le), idb(le, { snapLen: 20 }), spb(le, frameA, 500)]);
      const [f] = [...readCapture(file)];
      assert.equal(f!.data.length, 20);
      assert.equal(f!.origLength, 500);
    });
  }

  it('a new section resets interfaces and may switch byte order', () => {
    const file = Buffer.concat([
      shb(true),
      idb(true, {}),
      epb(true, 0, 1_000_000n, frameA),
      shb(false),
      idb(false, { tsresol: 3 }),
      epb(false, 0, 2500n, frameB),
    ]);
    const frames = [...readCapture(file)];
    assert.deepEqual(
      frames.map((f) => f.tsUs),
      [1_000_000, 2_500_000],
    );
    assert.deepEqual(frames[1]!.data, frameB);
  });

  it('rejects non-Ethernet interfaces, undeclared interfaces, truncation, bad lengths', () => {
    const le = true;
    assert.throws(() => [...readCapture(Buffer.concat([shb(le), idb(le, { linkType: 105 })]))], /link type 105/);
    assert.throws(() => [...readCapture(Buffer.concat([shb(le), epb(le, 0, 1n, frameA)]))], /undeclared interface/);
    const good = Buffer.concat([shb(le), idb(le, {}), epb(le, 0, 1n, frameA), epb(le, 0, 2n, frameB)]);
    const got: CaptureFrame[] = [];
    assert.throws(() => {
      for (const f of readCapture(good.subarray(0, good.length - 3))) got.push(f);
    }, DecodeError);
    assert.equal(got.length, 1);
    const bad = Buffer.from(good);
    bad.writeUInt32LE(13, shb(le).length + 4); // block length not a multiple of 4
    assert.throws(() => [...readCapture(bad)], /bad pcapng block length/);
    const mismatch = Buffer.from(good);
    mismatch.writeUInt32LE(999, good.length - 4);
    assert.throws(() => [...readCapture(mismatch)], /length mismatch/);
  });

  it('random garbage only ever throws DecodeError', () => {
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const base = Buffer.concat([shb(true), idb(true, { tsresol: 9 }), epb(true, 0, 1n, frameA), spb(true, frameB)]);
    const pcap = craftPcap([{ sec: 1, frac: 2, data: frameA }], { le: false });
    for (let n = 0; n < 2000; n++) {
      const src = n % 2 ? base : pcap;
      const b = Buffer.from(src.subarray(0, rnd() % (src.length + 1)));
      for (let k = 0; k < 3; k++) if (b.length > 0) b[rnd() % b.length] = rnd() & 0xff;
      try {
        for (const f of readCapture(b)) assert.ok(f.data.length <= b.length);
      } catch (e) {
        assert.ok(e instanceof DecodeError, String(e));
      }
    }
  });
});

describe('pcap reader: real captures', () => {
  const dir = sharedPath('fixtures/pyplc/results');
  const cases: [string, number, number, number][] = [
    // file, frames (INDEX.md), first tsUs, last tsUs (as tshark prints them)
    ['2023-05-24_pyPlc_with_Ioniq93prcSoc.pcapng', 730, 1684953221653205, 1684953267136404],
    ['2026-02-08_pyPLC_FoccciCape_AudiQ4_break_after_cableCheck.pcap', 747, 1770554916429888, 1770559801433027],
    // nanosecond if_tsresol
    ['2024-06-11_Griffigroen_polestar2_stop_in_precharge.pcapng', 412, 1718095756191251, 1718095963193504],
  ];
  for (const [file, count, first, last] of cases) {
    it(file, { skip: dir ? false : SHARED_MISSING }, () => {
      const frames = [...readCapture(readFileSync(`${dir}/${file}`))];
      assert.equal(frames.length, count);
      assert.equal(frames[0]!.tsUs, first);
      assert.equal(frames.at(-1)!.tsUs, last);
      assert.ok(frames.every((f) => f.linkType === 1 && f.data.length >= 14));
    });
  }
});
