import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError } from '../../src/core/errors.js';
import {
  DIN_ISO2_PAYLOAD_TYPES,
  decodeDatagram,
  decodeHeader,
  encodeHeader,
  encodeMessage,
  PayloadType,
  payloadTypeName,
  V2gtpHeaderError,
  type V2gtpHeaderErrorKind,
} from '../../src/v2gtp/header.js';

/** First TCP payload of 2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng (#439): supportedAppProtocolReq. */
const ABB_SAP_REQ_HEX = '01fe8001000000228000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040';

function kindOf(fn: () => unknown): V2gtpHeaderErrorKind | undefined {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof V2gtpHeaderError, String(e));
    assert.ok(e instanceof DecodeError);
    return e.kind;
  }
  return undefined;
}

describe('V2GTP header', () => {
  it('decodes a real EXI message header (ABB capture #439)', () => {
    const b = Buffer.from(ABB_SAP_REQ_HEX, 'hex');
    assert.deepEqual(decodeHeader(b), { version: 1, payloadType: PayloadType.EXI, payloadLength: 0x22 });
    const m = decodeDatagram(b, { acceptPayloadTypes: DIN_ISO2_PAYLOAD_TYPES });
    assert.equal(m.payload.length, 0x22);
    assert.equal(encodeMessage(m.payloadType, m.payload).toString('hex'), ABB_SAP_REQ_HEX);
  });

  it('encodes the header big-endian with version 01 FE', () => {
    assert.equal(encodeHeader(PayloadType.SDP_REQUEST, 2).toString('hex'), '01fe900000000002');
    assert.equal(encodeHeader(0x8001, 0xfffffffe).toString('hex'), '01fe8001fffffffe');
    assert.equal(decodeHeader(encodeHeader(0x8001, 0xffffffff)).payloadLength, 0xffffffff);
  });

  it('rejects a wrong ProtocolVersion', () => {
    assert.equal(
      kindOf(() => decodeHeader(Buffer.from('02fd800100000000', 'hex'))),
      'version',
    );
  });

  it('rejects an InverseProtocolVersion that is not the inverse', () => {
    assert.equal(
      kindOf(() => decodeHeader(Buffer.from('01ff800100000000', 'hex'))),
      'inverse-version',
    );
  });

  it('rejects an unknown payload type, and a known one outside the accepted set', () => {
    assert.equal(
      kindOf(() => decodeHeader(Buffer.from('01fe123400000000', 'hex'))),
      'payload-type',
    );
    assert.equal(
      kindOf(() => decodeHeader(Buffer.from('01fea00000000000', 'hex'))),
      'payload-type',
    );
    assert.equal(
      kindOf(() =>
        decodeHeader(Buffer.from('01fe800400000000', 'hex'), 0, { acceptPayloadTypes: DIN_ISO2_PAYLOAD_TYPES }),
      ),
      'payload-type',
    );
    // ISO-20 DC main stream is known by default
    assert.equal(decodeHeader(Buffer.from('01fe800400000000', 'hex')).payloadType, PayloadType.ISO20_DC_MAIN);
  });

  it('rejects oversize lengths and truncated headers', () => {
    assert.equal(
      kindOf(() => decodeHeader(encodeHeader(0x8001, 1001), 0, { maxPayloadLength: 1000 })),
      'oversize',
    );
    assert.equal(decodeHeader(encodeHeader(0x8001, 1000), 0, { maxPayloadLength: 1000 }).payloadLength, 1000);
    assert.equal(
      kindOf(() => decodeHeader(Buffer.from('01fe8001000000', 'hex'))),
      'truncated',
    );
  });

  it('decodes at an offset', () => {
    const b = Buffer.concat([Buffer.from('aaaa', 'hex'), encodeHeader(0x9001, 20)]);
    assert.equal(decodeHeader(b, 2).payloadType, 0x9001);
  });

  it('names payload types for logs', () => {
    assert.equal(payloadTypeName(0x8001), 'EXI');
    assert.equal(payloadTypeName(0x9000), 'SDP_REQUEST');
    assert.equal(payloadTypeName(0xa123), 'MANUFACTURER_0xa123');
    assert.equal(payloadTypeName(0x0001), 'UNKNOWN_0x0001');
  });
});
