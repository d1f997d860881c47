import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ISO2_SEQUENCE, REQUEST_NAMES, type SeccState } from '../../../src/v2g/index.js';
import { ISO2_STATE_PREFIXES, SID, seccAt } from '../helpers/secc-harness.js';

const NO_FAILED_BODY = new Set(['CertificateUpdateReq', 'CertificateInstallationReq']);
const iso2 = { protocol: 'iso2' as const };

describe('SECC ISO 15118-2 DC sequence table', () => {
  for (const [state, prefix] of Object.entries(ISO2_STATE_PREFIXES)) {
    it(`reaches ${state}`, () => {
      assert.equal(seccAt(prefix, iso2).secc.state, state);
    });
  }
  for (const [state, prefix] of Object.entries(ISO2_STATE_PREFIXES)) {
    const allowed = ISO2_SEQUENCE[state as SeccState]?.allowed ?? [];
    const wrong = REQUEST_NAMES.iso2.filter((n) => !allowed.includes(n));
    it(`FAILED_SequenceError for each of ${wrong.length} wrong requests in ${state}`, () => {
      for (const req of wrong) {
        const h = seccAt(prefix, iso2);
        const r = h.din(req, req === 'SessionSetupReq' ? '0000000000000000' : SID);
        if (NO_FAILED_BODY.has(req)) assert.equal(r, undefined);
        else {
          assert.equal(r?.name, req.replace(/Req$/, 'Res'), `${req} in ${state}`);
          assert.equal(r?.code, 'FAILED_SequenceError', `${req} in ${state}`);
        }
        h.clock.advance(5);
        assert.equal(h.closed(), true);
      }
    });
  }
});

describe('SECC ISO 15118-2 specifics', () => {
  it('answers ServiceDetail for the charge service and FAILED_ServiceIDInvalid otherwise', () => {
    const h = seccAt(ISO2_STATE_PREFIXES.WaitForServiceDetailOrPaymentSelection as string[], iso2);
    assert.deepEqual(h.din('ServiceDetailReq')?.body, { ResponseCode: 'OK', ServiceID: 1 });
    assert.equal(h.din('PaymentServiceSelectionReq')?.code, 'OK');
    const h2 = seccAt(ISO2_STATE_PREFIXES.WaitForServiceDetailOrPaymentSelection as string[], iso2);
    const bad = h2.send({
      V2G_Message: { Header: { SessionID: SID }, Body: { ServiceDetailReq: { ServiceID: 7 } } },
    }) as { V2G_Message: { Body: { ServiceDetailRes: { ResponseCode: string } } } };
    assert.equal(bad.V2G_Message.Body.ServiceDetailRes.ResponseCode, 'FAILED_ServiceIDInvalid');
  });

  it('ISO-2 ServiceDiscoveryRes lists PaymentOptionList and the supported energy transfer modes', () => {
    const h = seccAt(['SessionSetupReq'], iso2);
    const r = h.din('ServiceDiscoveryReq');
    assert.deepEqual(r?.body.PaymentOptionList, { PaymentOption: ['ExternalPayment'] });
    assert.deepEqual((r?.body.ChargeService as Record<string, unknown> | undefined)?.SupportedEnergyTransferMode, {
      EnergyTransferMode: ['DC_extended'],
    });
  });

  it('CurrentDemandRes carries EVSEID, SAScheduleTupleID and ReceiptRequired=false (EIM, V2G2-691)', () => {
    const h = seccAt(ISO2_STATE_PREFIXES.WaitForCurrentDemand as string[], iso2);
    const r = h.din('CurrentDemandReq');
    assert.equal(r?.body.EVSEID, 'ZZ00000');
    assert.equal(r?.body.SAScheduleTupleID, 1);
    assert.equal(r?.body.ReceiptRequired, false);
  });

  it('PowerDelivery(Renegotiate) goes back to ChargeParameterDiscovery, then PowerDelivery(Start) and CurrentDemand', () => {
    const h = seccAt(ISO2_STATE_PREFIXES.WaitForCurrentDemandOrPowerDelivery as string[], iso2);
    assert.equal(h.din('PowerDeliveryRenegotiateReq')?.code, 'OK');
    assert.equal(h.secc.state, 'WaitForChargeParameterDiscovery');
    assert.equal(h.link.evseContactorsClosed, true, 'contactors stay closed during renegotiation');
    assert.equal(h.din('ChargeParameterDiscoveryReq')?.code, 'OK');
    assert.equal(h.secc.state, 'WaitForPowerDelivery', 'no second cable check');
    assert.equal(h.din('PowerDeliveryReq')?.code, 'OK');
    assert.equal(h.din('CurrentDemandReq')?.code, 'OK');
  });

  it('SessionStop(Pause) keeps the SessionID; the next connection joins it with OK_OldSessionJoined', async () => {
    const h = seccAt(ISO2_STATE_PREFIXES.WaitForWeldingDetectionOrSessionStop as string[], iso2);
    assert.equal(h.din('SessionStopPauseReq')?.code, 'OK');
    assert.equal(h.secc.resumableSessionId, SID);
    assert.deepEqual(await h.secc.outcome, { ok: true });
    const h2 = seccAt([], { ...iso2, resumableSessionId: SID, settings: { sessionIdBytes: 4 } });
    const r = h2.din('SessionSetupReq', SID);
    assert.equal(r?.code, 'OK_OldSessionJoined');
    assert.equal(h2.secc.sessionId, SID);
    // a different SessionID starts a new session
    const h3 = seccAt([], { ...iso2, resumableSessionId: SID, settings: { sessionIdBytes: 4 } });
    assert.equal(h3.din('SessionSetupReq', '1122334455667788')?.code, 'OK_NewSessionEstablished');
    assert.equal(h3.secc.sessionId, '0ebe5b8d');
  });

  it('SessionStop(Terminate) leaves nothing to resume', () => {
    const h = seccAt(ISO2_STATE_PREFIXES.WaitForWeldingDetectionOrSessionStop as string[], iso2);
    assert.equal(h.din('SessionStopReq')?.code, 'OK');
    assert.equal(h.secc.resumableSessionId, '');
  });

  it('authorization Ongoing is Ongoing_WaitingForCustomerInteraction in ISO-2', () => {
    const h = seccAt(ISO2_STATE_PREFIXES.WaitForAuthorization as string[], {
      ...iso2,
      authorizer: { status: () => 'Ongoing' },
    });
    assert.equal(h.din('AuthorizationReq')?.body.EVSEProcessing, 'Ongoing_WaitingForCustomerInteraction');
  });
});
