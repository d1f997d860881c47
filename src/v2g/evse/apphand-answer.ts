/**
 * The SECC's first step on a connection: answer supportedAppProtocolReq with the protocol chosen from our enabled
 * list (apphand.ts decides; standards.md "supportedAppProtocol"), log what the car offered, and report both messages.
 * Returns the negotiated protocol, or why the session must end; the driver switches its schema, timing and state.
 * Knows no later message.
 */

import type { Log } from '../../core/log.js';
import { selectAppProtocol } from '../apphand.js';
import type { V2gEvent, V2gFailReason } from '../events.js';
import type { V2gMessagePort } from '../port.js';
import type { ExiDocument, V2gProtocol } from '../types.js';

export type AppHandAnswer =
  | { ok: true; protocol: V2gProtocol; schemaId: number }
  | { ok: false; reason: V2gFailReason; detail: string };

export interface AppHandIo {
  port: V2gMessagePort;
  log: Log;
  emit: (e: V2gEvent) => void;
}

export function answerAppHand(
  doc: ExiDocument,
  enabled: readonly V2gProtocol[],
  io: AppHandIo,
  now: number,
): AppHandAnswer {
  if (!doc.supportedAppProtocolReq) {
    const detail = `expected supportedAppProtocolReq, got ${Object.keys(doc)[0] ?? 'nothing'}`;
    return { ok: false, reason: 'badMessage', detail };
  }
  io.emit({ type: 'v2g.message', dir: 'rx', name: 'supportedAppProtocolReq', atMs: now });
  const sel = selectAppProtocol(doc, enabled);
  io.log.info(
    {
      offered: sel.offered.map(
        (o) =>
          `${o.ProtocolNamespace} ${o.VersionNumberMajor}.${o.VersionNumberMinor} id=${o.SchemaID} prio=${o.Priority}`,
      ),
      chosen: sel.protocol,
    },
    'protocol negotiation: what the car offered',
  );
  io.port.send(sel.res, 'apphand');
  io.emit({
    type: 'v2g.message',
    dir: 'tx',
    name: 'supportedAppProtocolRes',
    atMs: now,
    responseCode: sel.responseCode,
  });
  if (!sel.protocol) return { ok: false, reason: 'noProtocol', detail: 'no offered protocol is enabled' };
  return { ok: true, protocol: sel.protocol, schemaId: sel.schemaId ?? 0 };
}
