import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildAppProtocolReq, evaluateAppProtocolRes, selectAppProtocol } from '../../src/v2g/index.js';

const entry = (ns: string, schemaId: number, priority: number, major = 2, minor = 0) => ({
  ProtocolNamespace: ns,
  VersionNumberMajor: major,
  VersionNumberMinor: minor,
  SchemaID: schemaId,
  Priority: priority,
});
const DIN = 'urn:din:70121:2012:MsgDef';
const ISO2 = 'urn:iso:15118:2:2013:MsgDef';
const req = (...e: ReturnType<typeof entry>[]) => ({ supportedAppProtocolReq: { AppProtocol: e } });

describe('supportedAppProtocol selection (SECC)', () => {
  it("picks the car's highest priority among enabled protocols and echoes its SchemaID", () => {
    const s = selectAppProtocol(req(entry(DIN, 1, 2), entry(ISO2, 2, 1)), ['din', 'iso2']);
    assert.equal(s.protocol, 'iso2');
    assert.deepEqual(s.res, { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 2 } });
  });

  it('ignores protocols that are not enabled', () => {
    const s = selectAppProtocol(req(entry(DIN, 1, 2), entry(ISO2, 2, 1)), ['din']);
    assert.equal(s.protocol, 'din');
    assert.equal(s.schemaId, 1);
  });

  it('BMW iX3 (pyPLC#9): SchemaID 0 is echoed as 0', () => {
    const s = selectAppProtocol(req(entry(DIN, 0, 1)), ['din']);
    assert.deepEqual(s.res, { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 0 } });
  });

  it('Tesla offers urn:tesla:din:2018 beside DIN: the Tesla namespace is never chosen', () => {
    const s = selectAppProtocol(req(entry('urn:tesla:din:2018', 1, 1), entry(DIN, 2, 2)), ['din', 'iso2']);
    assert.equal(s.protocol, 'din');
    assert.equal(s.schemaId, 2);
  });

  it('MinorDeviation only when the minor version differs; another major is not negotiated', () => {
    assert.equal(
      selectAppProtocol(req(entry(DIN, 1, 1, 2, 1)), ['din']).responseCode,
      'OK_SuccessfulNegotiationWithMinorDeviation',
    );
    assert.equal(selectAppProtocol(req(entry(DIN, 1, 1, 3, 0)), ['din']).responseCode, 'Failed_NoNegotiation');
  });

  it('equal car priorities: our configured order decides', () => {
    assert.equal(selectAppProtocol(req(entry(DIN, 1, 1), entry(ISO2, 2, 1)), ['iso2', 'din']).protocol, 'iso2');
    assert.equal(selectAppProtocol(req(entry(DIN, 1, 1), entry(ISO2, 2, 1)), ['din', 'iso2']).protocol, 'din');
  });

  it('nothing usable: Failed_NoNegotiation without SchemaID; malformed documents offer nothing', () => {
    assert.deepEqual(selectAppProtocol(req(entry('urn:x', 1, 1)), ['din']).res, {
      supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' },
    });
    assert.equal(selectAppProtocol({ supportedAppProtocolReq: {} }, ['din']).offered.length, 0);
    assert.equal(selectAppProtocol({ foo: 1 }, ['din']).responseCode, 'Failed_NoNegotiation');
  });
});

describe('supportedAppProtocol offer and evaluation (EVCC)', () => {
  it('offers the protocols in priority order, SchemaIDs from 1 (pyPLC/Ioniq)', () => {
    assert.deepEqual(buildAppProtocolReq(['din', 'iso2']), req(entry(DIN, 1, 1), entry(ISO2, 2, 2)));
  });

  it('maps the answered SchemaID back to the protocol', () => {
    const r = evaluateAppProtocolRes(
      { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 2 } },
      ['din', 'iso2'],
    );
    assert.deepEqual(r, { protocol: 'iso2', minorDeviation: false });
  });

  it('rejects failures and unknown SchemaIDs; accepts a missing SchemaID for a single offer', () => {
    assert.ok(
      'error' in evaluateAppProtocolRes({ supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' } }, ['din']),
    );
    assert.ok(
      'error' in
        evaluateAppProtocolRes({ supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 9 } }, [
          'din',
        ]),
    );
    assert.deepEqual(
      evaluateAppProtocolRes({ supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation' } }, ['din']),
      {
        protocol: 'din',
        minorDeviation: false,
      },
    );
  });
});
