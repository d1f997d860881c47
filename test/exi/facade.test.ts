/** The facade's contract: typed errors with paths / bit offsets, message names, iso20 namespace choice. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, EncodeError } from '../../src/core/errors.js';
import { decodeExi, type ExiDocument, encodeExi, iso20NamespaceOf, messageName } from '../../src/exi/index.js';

const CURRENT_DEMAND_REQ = '809a02000000000ef04d44d0d1400500c814410c9cc020';

function currentDemand(): ExiDocument {
  return decodeExi(Buffer.from(CURRENT_DEMAND_REQ, 'hex'), 'din');
}

function cd(doc: ExiDocument): Record<string, unknown> {
  return ((doc.V2G_Message as Record<string, unknown>).Body as Record<string, unknown>).CurrentDemandReq as Record<
    string,
    unknown
  >;
}

function encodeError(doc: unknown, schema: 'din' | 'iso2' | 'apphand' | 'iso20' = 'din'): EncodeError {
  try {
    encodeExi(doc as ExiDocument, schema);
  } catch (e) {
    assert.ok(e instanceof EncodeError, `expected EncodeError, got ${String(e)}`);
    return e;
  }
  return assert.fail('encoded without error');
}

describe('EXI facade', () => {
  it('names the message of a document', () => {
    assert.equal(messageName(currentDemand()), 'CurrentDemandReq');
    assert.equal(
      messageName({ supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation' } }),
      'supportedAppProtocolRes',
    );
    assert.equal(messageName({ DC_ChargeLoopReq: {} }), 'DC_ChargeLoopReq');
  });

  it('encode errors name the path of the offending field', () => {
    const tooBig = currentDemand();
    (cd(tooBig).EVTargetVoltage as Record<string, unknown>).Value = 40000;
    let e = encodeError(tooBig);
    assert.equal(e.path, 'V2G_Message.Body.CurrentDemandReq.EVTargetVoltage.Value');
    assert.match(e.message, /outside \[-32768, 32767\]/);

    const missing = currentDemand();
    delete cd(missing).DC_EVStatus;
    e = encodeError(missing);
    assert.equal(e.path, 'V2G_Message.Body.CurrentDemandReq.DC_EVStatus');
    assert.match(e.message, /missing mandatory element/);

    const badEnum = currentDemand();
    (cd(badEnum).DC_EVStatus as Record<string, unknown>).EVErrorCode = 'BROKEN';
    e = encodeError(badEnum);
    assert.equal(e.path, 'V2G_Message.Body.CurrentDemandReq.DC_EVStatus.EVErrorCode');
    assert.match(e.message, /unknown enumeration value/);

    const longId = currentDemand();
    (longId.V2G_Message as Record<string, Record<string, unknown>>).Header!.SessionID = '00'.repeat(9);
    e = encodeError(longId);
    assert.equal(e.path, 'V2G_Message.Header.SessionID');
    assert.match(e.message, /longer than the maximum 8/);

    const unknownKey = currentDemand();
    cd(unknownKey).EVTargetVoltag = { Multiplier: 0, Value: 1 };
    e = encodeError(unknownKey);
    assert.equal(e.path, 'V2G_Message.Body.CurrentDemandReq.EVTargetVoltag');
    assert.match(e.message, /unknown element/);

    const notBool = currentDemand();
    cd(notBool).ChargingComplete = 'no';
    assert.equal(encodeError(notBool).path, 'V2G_Message.Body.CurrentDemandReq.ChargingComplete');
  });

  it('rejects elements in the wrong order or beyond maxOccurs', () => {
    // Two Body messages at once: the second one is not allowed after the first.
    const two = currentDemand();
    ((two.V2G_Message as Record<string, unknown>).Body as Record<string, unknown>).SessionStopReq = {};
    const e = encodeError(two);
    assert.match(e.path, /^V2G_Message\.Body\./);

    const tooMany = {
      supportedAppProtocolReq: {
        AppProtocol: Array.from({ length: 21 }, () => ({
          ProtocolNamespace: 'urn:din:70121:2012:MsgDef',
          VersionNumberMajor: 2,
          VersionNumberMinor: 0,
          SchemaID: 1,
          Priority: 1,
        })),
      },
    };
    assert.match(encodeError(tooMany, 'apphand').message, /more than 20|too many/);
    const priority = structuredClone(tooMany);
    priority.supportedAppProtocolReq.AppProtocol = [
      { ...tooMany.supportedAppProtocolReq.AppProtocol[0]!, Priority: 21 },
    ];
    assert.equal(encodeError(priority, 'apphand').path, 'supportedAppProtocolReq.AppProtocol[0].Priority');
  });

  it('rejects documents that are not one root element', () => {
    assert.equal(encodeError({}).name, 'EncodeError');
    assert.match(encodeError({ Foo: {} }).message, /unknown root element/);
    assert.match(encodeError({ Foo: {} }, 'iso20').message, /not a global element/);
    assert.equal(encodeError(null).name, 'EncodeError');
  });

  it('decode errors are DecodeError with a bit offset', () => {
    for (const hex of ['', '00', '81', '809a', CURRENT_DEMAND_REQ.slice(0, 30)]) {
      assert.throws(
        () => decodeExi(Buffer.from(hex, 'hex'), 'din'),
        (e) => e instanceof DecodeError && e.unit === 'bit' && e.offset >= 0,
        hex,
      );
    }
  });

  it('iso20: the root element chooses the namespace grammar, and decoding finds it again', () => {
    assert.equal(iso20NamespaceOf('SessionSetupReq'), 'CommonMessages');
    assert.equal(iso20NamespaceOf('DC_ChargeLoopReq'), 'DC');
    assert.equal(iso20NamespaceOf('AC_ChargeLoopRes'), 'AC');
    const doc = {
      SessionSetupReq: {
        Header: { SessionID: '0102030405060708', TimeStamp: 1700000000 },
        EVCCID: 'WMIV1234567890ABCDEX',
      },
    };
    const bytes = encodeExi(doc, 'iso20');
    assert.deepEqual(decodeExi(bytes, 'iso20'), doc);
    assert.deepEqual(decodeExi(bytes, 'iso20', { iso20Namespace: 'CommonMessages' }), doc);
    const dcDoc = {
      DC_CableCheckReq: { Header: { SessionID: '0102030405060708', TimeStamp: 1700000000 } },
    };
    const dc = encodeExi(dcDoc, 'iso20');
    assert.deepEqual(decodeExi(dc, 'iso20', { iso20Namespace: 'DC' }), dcDoc);
  });
});
