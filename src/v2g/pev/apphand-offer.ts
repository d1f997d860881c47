/**
 * The EVCC's first step on a connection: offer our protocols in supportedAppProtocolReq (in priority order, SchemaIDs
 * from firstSchemaId) and read the charger's choice from supportedAppProtocolRes (apphand.ts evaluates it), with
 * the tx/rx events. The driver then switches schema and timing. Knows no later message.
 */

import { buildAppProtocolReq, evaluateAppProtocolRes } from '../apphand.js';
import type { ExiDocument } from '../types.js';
import type { EvccConfig } from './context.js';
import type { RequestIo } from './request-sender.js';

type Offer = Pick<EvccConfig, 'protocols' | 'firstSchemaId'>;

export function offerAppProtocols(io: RequestIo, config: Offer, now: number): void {
  io.port.send(buildAppProtocolReq(config.protocols, config.firstSchemaId), 'apphand');
  io.emit({ type: 'v2g.message', dir: 'tx', name: 'supportedAppProtocolReq', atMs: now });
}

/** The negotiated protocol, or why there is none. */
export function acceptAppProtocol(
  io: RequestIo,
  doc: ExiDocument,
  config: Offer,
  now: number,
): ReturnType<typeof evaluateAppProtocolRes> {
  const code = (doc.supportedAppProtocolRes as { ResponseCode?: unknown } | undefined)?.ResponseCode;
  io.emit({
    type: 'v2g.message',
    dir: 'rx',
    name: Object.keys(doc)[0] ?? '?',
    atMs: now,
    responseCode: typeof code === 'string' ? code : undefined,
  });
  return evaluateAppProtocolRes(doc, config.protocols, config.firstSchemaId);
}
