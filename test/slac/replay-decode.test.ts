/** Every 0x88E1 frame in all 28 pyPLC captures decodes, or is an unknown *vendor* MME (issue item 7). */

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SHARED_MISSING } from '../helpers/shared.js';
import { capturedMmes, RESULTS_DIR } from './replay-helpers.js';

const files = RESULTS_DIR ? readdirSync(RESULTS_DIR).filter((f) => /\.pcap(ng)?$/.test(f)) : [];

describe('HomePlug frames of the field captures', { skip: RESULTS_DIR ? false : SHARED_MISSING }, () => {
  it('finds the 28 captures', () => {
    assert.equal(files.length, 28);
  });

  it('decodes every frame; only vendor MMEs stay unknown', async () => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const f of files) {
      for (const c of await capturedMmes(f)) {
        total++;
        const m = c.mme.msg;
        if (m.type === 'UNKNOWN') {
          assert.ok(m.vendor, `${f}: non-vendor MMTYPE 0x${m.mmtype.toString(16)} has no codec`);
          assert.equal(m.oui?.toString('hex'), '00b052', `${f}: vendor MME with another OUI`);
        }
        const k = m.type === 'UNKNOWN' ? `vendor 0x${m.mmtype.toString(16)}` : m.type;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
    assert.equal(total, 4412, 'frames with EtherType 0x88E1 (tshark count)');
    assert.equal(counts.get('CM_SLAC_PARM.REQ'), 252);
    assert.equal(counts.get('CM_MNBC_SOUND.IND'), 290);
    assert.equal(counts.get('CM_ATTEN_CHAR.IND'), 271);
    assert.equal(counts.get('CM_ATTEN_PROFILE.IND'), 150);
    assert.equal(counts.get('VS_SOUND_ATTEN.IND'), 178);
    assert.equal(counts.get('CM_SLAC_MATCH.CNF'), 34);
    assert.equal(counts.get('VS_SW_VER.CNF'), 250);
  });

  it('FoccciCape: the EVSE modem reports 58-group attenuation both in 0xA14E and in CM_ATTEN_PROFILE.IND', async () => {
    const all = await capturedMmes('2026-02-03_pyPLC_FoccciCape_with_Ioniq_runs_10_minutes.pcap');
    const a14e = all.filter((c) => c.mme.msg.type === 'VS_SOUND_ATTEN.IND');
    const prof = all.filter((c) => c.mme.msg.type === 'CM_ATTEN_PROFILE.IND');
    assert.equal(a14e.length, 20);
    assert.equal(prof.length, 20);
    for (const c of [...a14e, ...prof]) {
      const m = c.mme.msg;
      if (m.type !== 'VS_SOUND_ATTEN.IND' && m.type !== 'CM_ATTEN_PROFILE.IND') continue;
      assert.equal(m.aag.length, 58);
      assert.equal(m.pevMac.toString('hex'), '0465650064c3', 'the Ioniq host MAC');
    }
  });

  it('AR7420 at home: ATTEN_PROFILE.IND with NumGroups 0 next to each 0xA14E', async () => {
    const all = await capturedMmes('2023-04-16_at_home_Ioniq_in_currentDemandLoop.pcapng');
    const prof = all.filter((c) => c.mme.msg.type === 'CM_ATTEN_PROFILE.IND');
    assert.ok(prof.length >= 10);
    for (const c of prof) assert.deepEqual(c.mme.msg.type === 'CM_ATTEN_PROFILE.IND' && c.mme.msg.aag, []);
  });
});
