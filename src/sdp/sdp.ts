/**
 * SDP codec (SECC Discovery Protocol, ISO 15118-2 §7.10.1, DIN 70121 §8.7.2): the payloads of V2GTP payload types
 * 0x9000 (request, 2 bytes) and 0x9001 (response, 20 bytes), and whole datagrams (V2GTP header + payload).
 * Pure: no sockets; addresses are text without zone (the zone is a property of the receiving interface).
 *
 *   request  payload: Security (1) | TransportProtocol (1)
 *   response payload: SECC IPv6 address (16) | SECC port (2, BE) | Security (1) | TransportProtocol (1)
 */

import { DecodeError, EncodeError } from '../core/errors.js';
import { decodeDatagram, encodeMessage, PayloadType, V2gtpHeaderError } from '../v2gtp/header.js';
import { formatIpv6, IPV6_BYTES, parseIpv6 } from './ipv6.js';

/** UDP port the SECC listens on for SDP requests [V2G2-139, DIN 70121 Table 14]. */
export const SDP_SERVER_PORT = 15118;
/** The EVCC sends SDP requests to the link-local all-nodes multicast group [V2G2-138]. */
export const SDP_MULTICAST_ADDRESS = 'ff02::1';
/** SDP request payload length [ISO 15118-2 Table 13]. */
export const SDP_REQUEST_PAYLOAD_BYTES = 2;
/** SDP response payload length [ISO 15118-2 Table 14]. */
export const SDP_RESPONSE_PAYLOAD_BYTES = 20;

/** Security byte [ISO 15118-2 Table 13/14; DIN 70121 knows 0x10 only (no TLS)]. */
export const SdpSecurity = {
  TLS: 0x00,
  NONE: 0x10,
} as const;
export type SdpSecurityCode = (typeof SdpSecurity)[keyof typeof SdpSecurity];

/** TransportProtocol byte [ISO 15118-2 Table 13/14]: UDP is reserved for future use. */
export const SdpTransport = {
  TCP: 0x00,
  UDP: 0x10,
} as const;
export type SdpTransportCode = (typeof SdpTransport)[keyof typeof SdpTransport];

export const SDP_SECURITY_NAMES: ReadonlyMap<number, string> = new Map([
  [SdpSecurity.TLS, 'TLS'],
  [SdpSecurity.NONE, 'NO_TLS'],
]);
export const SDP_TRANSPORT_NAMES: ReadonlyMap<number, string> = new Map([
  [SdpTransport.TCP, 'TCP'],
  [SdpTransport.UDP, 'UDP'],
]);

export function sdpSecurityName(code: number): string {
  return SDP_SECURITY_NAMES.get(code) ?? `UNKNOWN_0x${code.toString(16).padStart(2, '0')}`;
}
export function sdpTransportName(code: number): string {
  return SDP_TRANSPORT_NAMES.get(code) ?? `UNKNOWN_0x${code.toString(16).padStart(2, '0')}`;
}

/** Values outside the Security / TransportProtocol tables are rejected by the decoder (the datagram is dropped). */
export interface SdpRequest {
  security: SdpSecurityCode;
  transport: SdpTransportCode;
}

export interface SdpResponse {
  /** SECC IPv6 address as text, without zone (e.g. 'fe80::c690:83f3:fbcb:980e'). */
  address: string;
  /** SECC TCP (or TLS) port. */
  port: number;
  security: SdpSecurityCode;
  transport: SdpTransportCode;
}

export type SdpMessage = ({ kind: 'req' } & SdpRequest) | ({ kind: 'res' } & SdpResponse);

function checkSecurity(code: number, offset: number): SdpSecurityCode {
  if (!SDP_SECURITY_NAMES.has(code)) throw new DecodeError(`SDP Security 0x${code.toString(16)} unknown`, offset);
  return code as SdpSecurityCode;
}

function checkTransport(code: number, offset: number): SdpTransportCode {
  if (!SDP_TRANSPORT_NAMES.has(code)) {
    throw new DecodeError(`SDP TransportProtocol 0x${code.toString(16)} unknown`, offset);
  }
  return code as SdpTransportCode;
}

export function encodeSdpRequest(req: SdpRequest): Buffer {
  if (!SDP_SECURITY_NAMES.has(req.security)) throw new EncodeError(`unknown value ${req.security}`, 'security');
  if (!SDP_TRANSPORT_NAMES.has(req.transport)) throw new EncodeError(`unknown value ${req.transport}`, 'transport');
  return Buffer.from([req.security, req.transport]);
}

/** Decode the 2-byte request payload (no V2GTP header). */
export function decodeSdpRequest(payload: Uint8Array): SdpRequest {
  if (payload.length !== SDP_REQUEST_PAYLOAD_BYTES) {
    throw new DecodeError(`SDP request payload must be ${SDP_REQUEST_PAYLOAD_BYTES} bytes, got ${payload.length}`, 0);
  }
  return { security: checkSecurity(payload[0] as number, 0), transport: checkTransport(payload[1] as number, 1) };
}

export function encodeSdpResponse(res: SdpResponse): Buffer {
  if (!Number.isInteger(res.port) || res.port < 0 || res.port > 0xffff) {
    throw new EncodeError(`port ${res.port} out of range 0..65535`, 'port');
  }
  if (!SDP_SECURITY_NAMES.has(res.security)) throw new EncodeError(`unknown value ${res.security}`, 'security');
  if (!SDP_TRANSPORT_NAMES.has(res.transport)) throw new EncodeError(`unknown value ${res.transport}`, 'transport');
  const out = Buffer.alloc(SDP_RESPONSE_PAYLOAD_BYTES);
  parseIpv6(res.address).copy(out, 0);
  out.writeUInt16BE(res.port, IPV6_BYTES);
  out[18] = res.security;
  out[19] = res.transport;
  return out;
}

/** Decode the 20-byte response payload (no V2GTP header). */
export function decodeSdpResponse(payload: Uint8Array): SdpResponse {
  if (payload.length !== SDP_RESPONSE_PAYLOAD_BYTES) {
    throw new DecodeError(`SDP response payload must be ${SDP_RESPONSE_PAYLOAD_BYTES} bytes, got ${payload.length}`, 0);
  }
  const b = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  return {
    address: formatIpv6(b.subarray(0, IPV6_BYTES)),
    port: b.readUInt16BE(IPV6_BYTES),
    security: checkSecurity(b[18] as number, 18),
    transport: checkTransport(b[19] as number, 19),
  };
}

/** A whole request datagram: V2GTP header (0x9000) + payload. */
export function encodeSdpRequestDatagram(req: SdpRequest): Buffer {
  return encodeMessage(PayloadType.SDP_REQUEST, encodeSdpRequest(req));
}

/** A whole response datagram: V2GTP header (0x9001) + payload. */
export function encodeSdpResponseDatagram(res: SdpResponse): Buffer {
  return encodeMessage(PayloadType.SDP_RESPONSE, encodeSdpResponse(res));
}

const SDP_PAYLOAD_TYPES: ReadonlySet<number> = new Set([PayloadType.SDP_REQUEST, PayloadType.SDP_RESPONSE]);

/**
 * Decode a UDP datagram to an SDP request or response. Throws V2gtpHeaderError for a bad header (or a payload
 * type other than 0x9000/0x9001) and DecodeError for a bad payload; the caller drops the datagram.
 */
export function decodeSdpDatagram(datagram: Uint8Array): SdpMessage {
  const msg = decodeDatagram(datagram, { acceptPayloadTypes: SDP_PAYLOAD_TYPES });
  try {
    return msg.payloadType === PayloadType.SDP_REQUEST
      ? { kind: 'req', ...decodeSdpRequest(msg.payload) }
      : { kind: 'res', ...decodeSdpResponse(msg.payload) };
  } catch (err) {
    if (err instanceof V2gtpHeaderError || !(err instanceof DecodeError)) throw err;
    // shift payload offsets to datagram offsets for the message
    throw new DecodeError(err.message.replace(/ \(at byte \d+\)$/, ''), err.offset + 8);
  }
}
