/**
 * The V2G state one TCP connection carries while a capture is decoded. Its own file so that the TCP decoder
 * (decode-tcp.ts, which owns connections) and the V2G decoder (decode-v2g.ts, which fills this state) do not import
 * each other: decode-v2g depends on decode-tcp, never the other way round (test/arch keeps it so).
 */

import type { ExiSchema } from './exi-hook.js';

/** The V2G state of one TCP connection. */
export interface V2gConnState {
  schema?: ExiSchema;
  offer?: Map<number, string>;
  handshakeSeen: boolean;
  sessionId?: string;
  /** Capture time of the last unanswered request, by base name. */
  pending: Map<string, number>;
  lastResponseUs?: number;
}
