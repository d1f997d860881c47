/**
 * Time limits the listener checks observed latencies against (flags only; nothing here drives a protocol).
 * Values from ../shared/reference/standards.md §2.1.1, §2.2, §2.3.2.
 */

import type { ExiSchema } from './exi-hook.js';

/** TT_match_response: a SLAC peer waits this long for a response (ISO 15118-3 Table A.1). */
export const TT_MATCH_RESPONSE_MS = 200;
/** The EVCC waits at least 250 ms for an SDP response before repeating [V2G2-159]. */
export const SDP_RESPONSE_WAIT_MS = 250;
/** V2G_SECC_Sequence_Timeout: the SECC waits this long for the next request [V2G2-443]. */
export const V2G_SECC_SEQUENCE_TIMEOUT_MS = 60_000;

/** V2G_EVCC_Msg_Timeout defaults and exceptions per schema (ISO 15118-2 Table 109, DIN 70121 Table 75, -20). */
const DEFAULT_MSG_TIMEOUT_MS = 2000;
const MSG_TIMEOUT_MS: Record<ExiSchema, Record<string, number>> = {
  apphand: {},
  // DIN 70121 §9.6.2 Table 75: 2 s for every message except CurrentDemand.
  din: { CurrentDemand: 250 },
  // ISO 15118-2 Table 109.
  iso2: {
    CurrentDemand: 250,
    ServiceDetail: 5000,
    PaymentDetails: 5000,
    PowerDelivery: 5000,
    CertificateInstallation: 5000,
    CertificateUpdate: 5000,
  },
  // ISO 15118-20: common 2 s, ServiceDetail/CertificateInstallation 5 s, charge loops 0.5 s.
  iso20: { ServiceDetail: 5000, CertificateInstallation: 5000, DC_ChargeLoop: 500, AC_ChargeLoop: 500 },
};

/** V2G_EVCC_Msg_Timeout for the request/response pair `base` (name without Req/Res). */
export function msgTimeoutMs(schema: ExiSchema | undefined, base: string): number {
  return (schema && MSG_TIMEOUT_MS[schema][base]) ?? DEFAULT_MSG_TIMEOUT_MS;
}
