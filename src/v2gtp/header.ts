/**
 * V2GTP header codec (ISO 15118-2 §7.8.3, DIN 70121 §8.7.3): the 8-byte big-endian header in front of every
 * SDP datagram and every EXI message on TCP. Pure: knows nothing about sockets, EXI or sessions.
 *
 *   byte 0     ProtocolVersion         0x01
 *   byte 1     InverseProtocolVersion  0xFE (bitwise inverse of byte 0)
 *   bytes 2-3  PayloadType             see PAYLOAD_TYPES
 *   bytes 4-7  PayloadLength           0 .. 2^32-1 (payload bytes after the header)
 */

import { DecodeError } from '../core/errors.js';

/** Header size in bytes [ISO 15118-2 Table 9, DIN 70121 Table 15]. */
export const V2GTP_HEADER_BYTES = 8;
/** ProtocolVersion of V2GTP version 1 [V2G2-057]. */
export const V2GTP_PROTOCOL_VERSION = 0x01;
/** InverseProtocolVersion = ProtocolVersion XOR 0xFF [V2G2-058]. */
export const V2GTP_INVERSE_PROTOCOL_VERSION = 0xfe;
/** PayloadLength is a 32-bit unsigned field. */
export const V2GTP_MAX_PAYLOAD_LENGTH_FIELD = 0xffff_ffff;

/** Payload type codes (DIN 70121 Table 16, ISO 15118-2 Table 10, ISO 15118-20 Table 12). */
export const PayloadType = {
  /** EXI-encoded V2G message (DIN, ISO-2); in ISO-20 the supportedAppProtocol (SAP) message. */
  EXI: 0x8001,
  /** SDP request (UDP). */
  SDP_REQUEST: 0x9000,
  /** SDP response (UDP). */
  SDP_RESPONSE: 0x9001,
  /** ISO 15118-20 main-stream messages (common messages). */
  ISO20_MAIN: 0x8002,
  ISO20_AC_MAIN: 0x8003,
  ISO20_DC_MAIN: 0x8004,
  ISO20_ACDP_MAIN: 0x8005,
  ISO20_WPT_MAIN: 0x8006,
  ISO20_SCHEDULE_RENEGOTIATION: 0x8101,
  ISO20_METERING_CONFIRMATION: 0x8102,
  ISO20_ACDP_SYSTEM_STATUS: 0x8103,
  ISO20_PARKING_STATUS: 0x8104,
  /** ISO 15118-20 SDP for wireless (EMSP/WPT) discovery. */
  SDP_WIRELESS_REQUEST: 0x9002,
  SDP_WIRELESS_RESPONSE: 0x9003,
} as const;
export type PayloadTypeCode = (typeof PayloadType)[keyof typeof PayloadType];

/** Names for logs and the listener; the table is the single vocabulary of known payload types. */
export const PAYLOAD_TYPE_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(PayloadType).map(([name, code]) => [code as number, name]),
);

/** 0xA000..0xFFFF: manufacturer specific use (DIN 70121 Table 16, ISO 15118-2 Table 10). */
export const MANUFACTURER_PAYLOAD_TYPE_MIN = 0xa000;

/** The payload types DIN 70121 / ISO 15118-2 peers exchange; the default set a receiver accepts. */
export const DIN_ISO2_PAYLOAD_TYPES: ReadonlySet<number> = new Set([
  PayloadType.EXI,
  PayloadType.SDP_REQUEST,
  PayloadType.SDP_RESPONSE,
]);

export function payloadTypeName(code: number): string {
  const n = PAYLOAD_TYPE_NAMES.get(code);
  if (n) return n;
  const hex = `0x${code.toString(16).padStart(4, '0')}`;
  return code >= MANUFACTURER_PAYLOAD_TYPE_MIN ? `MANUFACTURER_${hex}` : `UNKNOWN_${hex}`;
}

export interface V2gtpHeader {
  /** ProtocolVersion (always 0x01 after a successful decode). */
  version: number;
  payloadType: number;
  payloadLength: number;
}

/** Why a header was rejected. Every kind means: discard the datagram (UDP) or close the connection (TCP). */
export type V2gtpHeaderErrorKind =
  | 'truncated' // fewer than 8 bytes (datagram only; a stream just waits)
  | 'version' // ProtocolVersion != 0x01
  | 'inverse-version' // InverseProtocolVersion is not the bitwise inverse of ProtocolVersion
  | 'payload-type' // not a payload type this receiver accepts
  | 'oversize' // PayloadLength above the receiver's maximum
  | 'length-mismatch'; // datagram: PayloadLength does not match the bytes received

/** A rejected V2GTP header [V2G2-064..067]: the receiver must not guess, it drops/closes. */
export class V2gtpHeaderError extends DecodeError {
  readonly kind: V2gtpHeaderErrorKind;

  constructor(kind: V2gtpHeaderErrorKind, message: string, offset = 0, context: Record<string, unknown> = {}) {
    super(message, offset, 'byte', { ...context, kind });
    this.kind = kind;
  }
}

export interface HeaderCheckOptions {
  /**
   * Payload types accepted; anything else raises kind 'payload-type'.
   * Default: every type in PAYLOAD_TYPES (DIN, ISO-2 and ISO-20). Manufacturer types are rejected unless listed.
   */
  acceptPayloadTypes?: ReadonlySet<number>;
  /** Largest PayloadLength accepted (default: no limit beyond the 32-bit field). */
  maxPayloadLength?: number;
}

/** The 8 header bytes for a payload of `payloadLength` bytes. */
export function encodeHeader(payloadType: number, payloadLength: number): Buffer {
  const b = Buffer.allocUnsafe(V2GTP_HEADER_BYTES);
  writeHeader(b, 0, payloadType, payloadLength);
  return b;
}

function writeHeader(b: Buffer, at: number, payloadType: number, payloadLength: number): void {
  b[at] = V2GTP_PROTOCOL_VERSION;
  b[at + 1] = V2GTP_INVERSE_PROTOCOL_VERSION;
  b.writeUInt16BE(payloadType & 0xffff, at + 2);
  b.writeUInt32BE(payloadLength >>> 0, at + 4);
}

/** Header + payload in one buffer (one allocation, one socket write). */
export function encodeMessage(payloadType: number, payload: Uint8Array): Buffer {
  const b = Buffer.allocUnsafe(V2GTP_HEADER_BYTES + payload.length);
  writeHeader(b, 0, payloadType, payload.length);
  b.set(payload, V2GTP_HEADER_BYTES);
  return b;
}

/**
 * Check and decode the header at `offset`. Needs 8 bytes (kind 'truncated' otherwise).
 * Checks in the order of the standard's header check: version, inverse version, payload type, length.
 */
export function decodeHeader(buf: Uint8Array, offset = 0, opts: HeaderCheckOptions = {}): V2gtpHeader {
  if (buf.length - offset < V2GTP_HEADER_BYTES) {
    throw new V2gtpHeaderError(
      'truncated',
      `V2GTP header needs ${V2GTP_HEADER_BYTES} bytes, got ${Math.max(0, buf.length - offset)}`,
      offset,
    );
  }
  const version = buf[offset] as number;
  const inverse = buf[offset + 1] as number;
  if (version !== V2GTP_PROTOCOL_VERSION) {
    throw new V2gtpHeaderError(
      'version',
      `V2GTP ProtocolVersion 0x${hex2(version)}, expected 0x${hex2(V2GTP_PROTOCOL_VERSION)}`,
      offset,
      { version },
    );
  }
  if (inverse !== (~version & 0xff)) {
    throw new V2gtpHeaderError(
      'inverse-version',
      `V2GTP InverseProtocolVersion 0x${hex2(inverse)} is not the inverse of 0x${hex2(version)}`,
      offset + 1,
      { inverse },
    );
  }
  const payloadType = ((buf[offset + 2] as number) << 8) | (buf[offset + 3] as number);
  const accepted = opts.acceptPayloadTypes
    ? opts.acceptPayloadTypes.has(payloadType)
    : PAYLOAD_TYPE_NAMES.has(payloadType);
  if (!accepted) {
    throw new V2gtpHeaderError(
      'payload-type',
      `V2GTP payload type ${payloadTypeName(payloadType)} not accepted`,
      offset + 2,
      {
        payloadType,
      },
    );
  }
  const payloadLength =
    (((buf[offset + 4] as number) << 24) >>> 0) +
    (((buf[offset + 5] as number) << 16) | ((buf[offset + 6] as number) << 8) | (buf[offset + 7] as number));
  if (opts.maxPayloadLength !== undefined && payloadLength > opts.maxPayloadLength) {
    throw new V2gtpHeaderError(
      'oversize',
      `V2GTP PayloadLength ${payloadLength} exceeds the maximum of ${opts.maxPayloadLength}`,
      offset + 4,
      { payloadLength, max: opts.maxPayloadLength },
    );
  }
  return { version, payloadType, payloadLength };
}

export interface V2gtpMessage {
  payloadType: number;
  payload: Buffer;
}

/**
 * Decode one whole V2GTP message from a datagram (SDP over UDP): the header, and exactly PayloadLength bytes after
 * it. Extra or missing bytes raise kind 'length-mismatch' (a datagram carries one message).
 */
export function decodeDatagram(buf: Uint8Array, opts: HeaderCheckOptions = {}): V2gtpMessage {
  const h = decodeHeader(buf, 0, opts);
  const got = buf.length - V2GTP_HEADER_BYTES;
  if (got !== h.payloadLength) {
    throw new V2gtpHeaderError(
      'length-mismatch',
      `V2GTP PayloadLength ${h.payloadLength} but ${got} payload byte(s) in the datagram`,
      4,
      { payloadLength: h.payloadLength, received: got },
    );
  }
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  return { payloadType: h.payloadType, payload: Buffer.from(b.subarray(V2GTP_HEADER_BYTES)) };
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}
