import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHex } from '../../src/core/bytes.js';
import { nidFromNmk, nmkFromPassword, randomNetworkKey } from '../../src/slac/keys.js';

// Published vectors, standards.md 2.1.4 (libslac tests, open-plc-utils slac/evse.ini and slac/pev.ini, pyslac tests).
describe('NID / NMK derivation', () => {
  it('derives the NID of the libslac test NMK', () => {
    assert.equal(nidFromNmk(fromHex('3452235445AEF2D455FEFF31A3B303AD')).toString('hex'), 'b1c913b5aa0702');
  });

  it('derives the NIDs of the open-plc-utils evse.ini / pev.ini NMKs', () => {
    assert.equal(nidFromNmk(fromHex('B59319D7E8157BA001B018669CCEE30D')).toString('hex'), '026bcba5354e08');
    assert.equal(nidFromNmk(fromHex('50D3E4933F855B7040784DF815AA8DB7')).toString('hex'), 'b0f2e695666b03');
  });

  it('derives NMK-HS from a password', () => {
    assert.equal(nmkFromPassword('EVerest').toString('hex'), 'f70f4e022bb1081bcba1a09df6e08f6b');
    assert.equal(nmkFromPassword('HomePlugAV0123').toString('hex'), 'b59319d7e8157ba001b018669ccee30d');
  });

  it('keeps the security-level bits in NID byte 6 (top two bits zero for simple connect)', () => {
    const nid = nidFromNmk(fromHex('3452235445AEF2D455FEFF31A3B303AD'), 1);
    assert.equal((nid[6] as number) >> 4, 0b01);
    assert.throws(() => nidFromNmk(Buffer.alloc(15)), /16 bytes/);
  });

  it('makes a random key from the injected source', () => {
    const k = randomNetworkKey((n) => Buffer.alloc(n, 0x11));
    assert.equal(k.nmk.toString('hex'), '11'.repeat(16));
    assert.deepEqual(k.nid, nidFromNmk(k.nmk));
  });
});
