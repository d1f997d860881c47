/**
 * Real SDP datagrams (UDP payload = V2GTP header + SDP payload) read with tshark from the captures in
 * ../shared/fixtures/pyplc/results/ (`tshark -r FILE -Y udp.port==15118 -T fields -e udp.payload`).
 * Named after the capture and frame number so a failure points at the field case.
 */

export interface SdpVector {
  name: string;
  /** capture file in fixtures/pyplc/results and frame number */
  source: string;
  hex: string;
  /** Security byte of the message (0x00 TLS, 0x10 no TLS) */
  security: number;
}

/** Requests: EVCC -> ff02::1 port 15118. */
export const SDP_REQUEST_VECTORS: readonly SdpVector[] = [
  {
    // pyPLC as PEV at an ABB charger: no TLS, TCP
    name: 'pyplc-pev-abb-no-tls',
    source: '2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng #379',
    hex: '01fe9000000000021000',
    security: 0x10,
  },
  {
    // Hyundai Ioniq 5 at pyPLC as EVSE: no TLS, TCP
    name: 'ioniq-no-tls',
    source: '2023-04-16_at_home_Ioniq_in_currentDemandLoop.pcapng #246',
    hex: '01fe9000000000021000',
    security: 0x10,
  },
  {
    // Tesla Model X Plaid asks for TLS (Security 0x00) and still must get an answer (pyPLC PR #42)
    name: 'tesla-model-x-tls',
    source: '2025-07-22_pyPLC_with_tesla_model_x_plaid_until_charging_loop.pcapng #56',
    hex: '01fe9000000000020000',
    security: 0x00,
  },
];

/** Responses: SECC -> the EVCC's source port, unicast. */
export const SDP_RESPONSE_VECTORS: readonly (SdpVector & { address: string; port: number })[] = [
  {
    // ABB announces port 53537 (0xd121)
    name: 'abb-port-53537',
    source: '2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng #383',
    hex: '01fe900100000014fe800000000000005610ecfffea1f3e2d1211000',
    security: 0x10,
    address: 'fe80::5610:ecff:fea1:f3e2',
    port: 53537,
  },
  {
    // Tesla Supercharger V3 announces port 30000 (0x7530), outside the dynamic range: the EVCC must accept it
    name: 'supercharger-port-30000',
    source: '2023-03-02_SuperCharger_CableCheck_error.pcapng #553',
    hex: '01fe900100000014fe80000000000000de4427fffe1fd91b75301000',
    security: 0x10,
    address: 'fe80::de44:27ff:fe1f:d91b',
    port: 30000,
  },
  {
    // pyPLC as EVSE answering the Tesla Model X's TLS request with no TLS on its port 15118 (0x3b0e)
    name: 'pyplc-evse-tls-fallback',
    source: '2025-07-22_pyPLC_with_tesla_model_x_plaid_until_charging_loop.pcapng #57',
    hex: '01fe900100000014fe80000000000000d62b03a3a2e9cf323b0e1000',
    security: 0x10,
    address: 'fe80::d62b:3a3:a2e9:cf32',
    port: 15118,
  },
  {
    // Alpitronic HYC announces port 51111 (0xc7a7)
    name: 'alpitronic-port-51111',
    source: '2022-11-25_v0.2_alpi_SDP_ok_TCP_fail.pcapng #174',
    hex: '01fe900100000014fe8000000000000094197efffed22269c7a71000',
    security: 0x10,
    address: 'fe80::9419:7eff:fed2:2269',
    port: 51111,
  },
];
