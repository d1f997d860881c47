/**
 * Drives an SECC by hand: the test plays the car on the other end of a memory port and sees every response.
 */

import { ManualClock } from '../../../src/core/clock.js';
import {
  createMemoryPortPair,
  type EvseAuthorizer,
  type ExiDocument,
  parseV2gMessage,
  Secc,
  type SeccSettings,
  SimDcLink,
  type SimDcLinkOptions,
  type V2gEvent,
} from '../../../src/v2g/index.js';
import { DIN_APPHAND_REQ, dinReq } from './din-requests.js';
import { ISO2_APPHAND_REQ, iso2Req } from './iso2-requests.js';
import { fixedBytes } from './session.js';

export const SID = '0ebe5b8d693ee379';

export interface SeccHarness {
  clock: ManualClock;
  link: SimDcLink;
  secc: Secc;
  events: V2gEvent[];
  responses: ExiDocument[];
  closed: () => boolean;
  /** Send a request and let it be answered; returns the response (or undefined if none came). */
  send(doc: ExiDocument): ExiDocument | undefined;
  /** Send a DIN request by name with our SessionID. */
  din(name: string, sessionId?: string): { name: string; code: unknown; body: Record<string, unknown> } | undefined;
}

export function seccHarness(
  opts: {
    settings?: SeccSettings;
    link?: SimDcLinkOptions;
    authorizer?: EvseAuthorizer;
    protocol?: 'din' | 'iso2';
    resumableSessionId?: string;
  } = {},
): SeccHarness {
  const protocol = opts.protocol ?? 'din';
  const build = protocol === 'din' ? dinReq : iso2Req;
  const clock = new ManualClock();
  const link = new SimDcLink(clock, { sides: 'both', ...opts.link });
  const { a, b } = createMemoryPortPair({ clock, latencyMs: 1 });
  const events: V2gEvent[] = [];
  const responses: ExiDocument[] = [];
  let closed = false;
  a.subscribe((e) => {
    if (e.type === 'message') responses.push(e.doc);
    if (e.type === 'closed') closed = true;
  });
  const secc = new Secc({
    port: b,
    clock,
    powerStage: link.evse,
    authorizer: opts.authorizer,
    settings: { protocols: [protocol], ...opts.settings },
    resumableSessionId: opts.resumableSessionId,
    randomBytes: fixedBytes(SID),
    onEvent: (e) => events.push(e),
  });
  secc.start();
  const h: SeccHarness = {
    clock,
    link,
    secc,
    events,
    responses,
    closed: () => closed,
    send(doc) {
      const n = responses.length;
      a.send(doc, doc.supportedAppProtocolReq ? 'apphand' : protocol);
      clock.advance(2);
      return responses.length > n ? responses[responses.length - 1] : undefined;
    },
    din(name, sessionId = SID) {
      const r = h.send(build(name, sessionId));
      if (!r) return undefined;
      const p = parseV2gMessage(r);
      if ('error' in p) throw new Error(p.error);
      return { name: p.name, code: p.body.ResponseCode, body: p.body };
    },
  };
  return h;
}

/** Apphand done, then the given DIN requests (cable check waits for the isolation check). */
export function seccAt(prefix: string[], opts: Parameters<typeof seccHarness>[0] = {}): SeccHarness {
  const h = seccHarness(opts);
  h.send(opts.protocol === 'iso2' ? ISO2_APPHAND_REQ : DIN_APPHAND_REQ);
  for (const name of prefix) {
    if (name === 'CableCheckReq') {
      h.din('CableCheckReq');
      h.clock.advance(h.link.evseParams.isolationCheckMs + 10);
    }
    const r = h.din(name, name === 'SessionSetupReq' ? '0000000000000000' : SID);
    if (!r || typeof r.code !== 'string' || !r.code.startsWith('OK')) {
      throw new Error(`prefix step ${name} failed: ${JSON.stringify(r)}`);
    }
  }
  return h;
}

/** Valid prefixes that bring a DIN SECC into each state. */
export const DIN_STATE_PREFIXES: Record<string, string[]> = {
  WaitForSessionSetup: [],
  WaitForServiceDiscovery: ['SessionSetupReq'],
  WaitForPaymentSelection: ['SessionSetupReq', 'ServiceDiscoveryReq'],
  WaitForAuthorization: ['SessionSetupReq', 'ServiceDiscoveryReq', 'ServicePaymentSelectionReq'],
  WaitForChargeParameterDiscovery: [
    'SessionSetupReq',
    'ServiceDiscoveryReq',
    'ServicePaymentSelectionReq',
    'ContractAuthenticationReq',
  ],
  WaitForCableCheck: [
    'SessionSetupReq',
    'ServiceDiscoveryReq',
    'ServicePaymentSelectionReq',
    'ContractAuthenticationReq',
    'ChargeParameterDiscoveryReq',
  ],
};
const upToCable = DIN_STATE_PREFIXES.WaitForCableCheck as string[];
DIN_STATE_PREFIXES.WaitForPreCharge = [...upToCable, 'CableCheckReq'];
DIN_STATE_PREFIXES.WaitForPreChargeOrPowerDelivery = [...upToCable, 'CableCheckReq', 'PreChargeReq'];
DIN_STATE_PREFIXES.WaitForCurrentDemand = [...upToCable, 'CableCheckReq', 'PreChargeReq', 'PowerDeliveryReq'];
DIN_STATE_PREFIXES.WaitForCurrentDemandOrPowerDelivery = [
  ...upToCable,
  'CableCheckReq',
  'PreChargeReq',
  'PowerDeliveryReq',
  'CurrentDemandReq',
];
DIN_STATE_PREFIXES.WaitForWeldingDetectionOrSessionStop = [
  ...upToCable,
  'CableCheckReq',
  'PreChargeReq',
  'PowerDeliveryReq',
  'CurrentDemandReq',
  'PowerDeliveryStopReq',
];

/** Valid prefixes that bring an ISO-2 DC SECC into each state. */
const ISO2_BASE = ['SessionSetupReq', 'ServiceDiscoveryReq'];
const ISO2_TO_CPD = [...ISO2_BASE, 'PaymentServiceSelectionReq', 'AuthorizationReq'];
const ISO2_TO_CABLE = [...ISO2_TO_CPD, 'ChargeParameterDiscoveryReq'];
export const ISO2_STATE_PREFIXES: Record<string, string[]> = {
  WaitForSessionSetup: [],
  WaitForServiceDiscovery: ['SessionSetupReq'],
  WaitForServiceDetailOrPaymentSelection: ISO2_BASE,
  WaitForAuthorization: [...ISO2_BASE, 'PaymentServiceSelectionReq'],
  WaitForChargeParameterDiscovery: ISO2_TO_CPD,
  WaitForCableCheck: ISO2_TO_CABLE,
  WaitForPreCharge: [...ISO2_TO_CABLE, 'CableCheckReq'],
  WaitForPreChargeOrPowerDelivery: [...ISO2_TO_CABLE, 'CableCheckReq', 'PreChargeReq'],
  WaitForCurrentDemand: [...ISO2_TO_CABLE, 'CableCheckReq', 'PreChargeReq', 'PowerDeliveryReq'],
  WaitForCurrentDemandOrPowerDelivery: [
    ...ISO2_TO_CABLE,
    'CableCheckReq',
    'PreChargeReq',
    'PowerDeliveryReq',
    'CurrentDemandReq',
  ],
  WaitForWeldingDetectionOrSessionStop: [
    ...ISO2_TO_CABLE,
    'CableCheckReq',
    'PreChargeReq',
    'PowerDeliveryReq',
    'CurrentDemandReq',
    'PowerDeliveryStopReq',
  ],
};
