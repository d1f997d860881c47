/**
 * The listener's event vocabulary: one object per timeline line. The JSON renderer writes these as they are
 * (one per line), so field names here are the `piccs decode --json` contract: HomePlug events carry `mmtype`
 * (number) and `name`; SDP events `sdp: 'req' | 'res'`; V2G events the decoded document under `exi`
 * (DESIGN.md EXI JSON form) or, when it could not be decoded, `hex`; the summary comes last.
 */

import type { ExiSchema } from './exi-hook.js';

export type Direction = 'EV -> EVSE' | 'EVSE -> EV' | '?';

export interface EventBase {
  /** Seconds since the first frame of the capture. */
  t: number;
  /** 1-based frame number in the capture (the frame that completed the event). */
  frame: number;
  /** Anomalies, in words (FAILED response code, EVSE_Shutdown, slow response, retransmission...). */
  flags?: string[];
}

export interface HomePlugEvent extends EventBase {
  type: 'homeplug';
  mmtype: number;
  name: string;
  mmv: number;
  src: string;
  dst: string;
  dir: Direction;
  /** Decoded fields that matter (RunID, MACs, attenuation, NID) when the MME codec knows the type. */
  fields?: Record<string, unknown>;
  /** Request -> confirmation latency for a SLAC confirmation. */
  latencyMs?: number;
}

export interface SdpEvent extends EventBase {
  type: 'sdp';
  sdp: 'req' | 'res';
  name: 'SDP request' | 'SDP response';
  src: string;
  dst: string;
  dir: Direction;
  security?: string;
  transport?: string;
  /** Response only: the SECC's TCP endpoint. */
  address?: string;
  port?: number;
  latencyMs?: number;
}

export interface V2gEvent extends EventBase {
  type: 'v2g';
  /** Connection number (1-based, in order of appearance). */
  conn: number;
  dir: Direction;
  payloadType: number;
  /** Schema the document was decoded with (undefined when not decoded). */
  schema?: ExiSchema;
  /** Message name (`SessionSetupReq`, `supportedAppProtocolRes`), or `V2GTP 0x8001` when not decoded. */
  name: string;
  /** The decoded document in the DESIGN.md EXI JSON form. */
  exi?: unknown;
  /** The payload as hex when it was not decoded. */
  hex?: string;
  /** Key values picked from the document (voltages, currents, SoC, codes). */
  values?: Record<string, string | number | boolean>;
  /** Request -> response latency for a response. */
  latencyMs?: number;
  /** Why decoding failed, when it did. */
  error?: string;
}

export interface TcpEvent extends EventBase {
  type: 'tcp';
  conn: number;
  /** `bad-checksum`: the segment's TCP checksum is wrong, so the receiver dropped it (left out of reassembly). */
  what: 'connect' | 'close' | 'reset' | 'lost' | 'retransmission' | 'out-of-order' | 'skipped' | 'bad-checksum';
  dir: Direction;
  src: string;
  dst: string;
  bytes?: number;
  reason?: string;
}

export interface MalformedEvent extends EventBase {
  type: 'malformed';
  layer: string;
  error: string;
}

export interface NoteEvent extends EventBase {
  type: 'note';
  text: string;
}

export type TimelineEvent = HomePlugEvent | SdpEvent | V2gEvent | TcpEvent | MalformedEvent | NoteEvent;

export interface PhaseSummary {
  startS: number;
  endS: number;
  durationMs: number;
  /** Messages (requests + responses, or frames) in the phase. */
  count: number;
}

export interface SessionSummary {
  index: number;
  startS: number;
  endS: number;
  evMac?: string;
  evseMac?: string;
  /** Negotiated protocol (namespace-derived schema), when the handshake was seen. */
  protocol?: ExiSchema;
  phases: Record<string, PhaseSummary>;
  messages: Record<string, number>;
  values: Record<string, { min: number; max: number; unit?: string }>;
  anomalies: number;
  /** Request -> response latency over the session's V2G pairs. */
  responseMs?: { p50: number; p99: number; max: number };
  /** How the session ended, in words (SessionStop, TCP reset, capture end, ...). */
  end: string;
}

export interface Summary {
  type: 'summary';
  frames: number;
  durationS: number;
  homeplug: number;
  sdpCounts: { req: number; res: number };
  v2g: number;
  v2gDecoded: number;
  connections: number;
  retransmissions: number;
  lostBytes: number;
  malformed: number;
  syslog: number;
  anomalies: number;
  /** True when only broadcast/multicast frames were seen (a modem that does not forward unicast). */
  broadcastOnly: boolean;
  sessions: SessionSummary[];
}
