/**
 * supportedAppProtocol: protocol choice (SECC side) and offer/evaluation (EVCC side).
 * Policy (standards.md 2.2, EvseV2G v2g_server.cpp behaviour): among the car's entries whose namespace we
 * speak, are enabled in configuration and have our major version, pick the one with the car's best Priority
 * (1 = highest; ties: our configured order). Echo the car's SchemaID of that entry (field: BMW iX3 uses 0,
 * others 1, pyPLC#9). OK_SuccessfulNegotiationWithMinorDeviation only when the minor version differs.
 * Pure functions on EXI JSON documents.
 */

import { PROTOCOLS, protocolByNamespace } from './protocols.js';
import type { ExiDocument, Obj, V2gProtocol } from './types.js';

export type AppHandResponseCode =
  | 'OK_SuccessfulNegotiation'
  | 'OK_SuccessfulNegotiationWithMinorDeviation'
  | 'Failed_NoNegotiation';

export interface AppProtocolEntry {
  ProtocolNamespace: string;
  VersionNumberMajor: number;
  VersionNumberMinor: number;
  SchemaID: number;
  Priority: number;
}

export interface AppHandSelection {
  protocol?: V2gProtocol;
  schemaId?: number;
  responseCode: AppHandResponseCode;
  /** The response document to send. */
  res: ExiDocument;
  /** Entries offered by the car (for logs / events). */
  offered: AppProtocolEntry[];
}

/** Read the AppProtocol entries of a supportedAppProtocolReq document; [] when malformed. */
export function offeredProtocols(doc: ExiDocument): AppProtocolEntry[] {
  const req = doc.supportedAppProtocolReq as Obj | undefined;
  const list = req?.AppProtocol;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (e): e is AppProtocolEntry =>
      !!e &&
      typeof e === 'object' &&
      typeof (e as Obj).ProtocolNamespace === 'string' &&
      typeof (e as Obj).VersionNumberMajor === 'number' &&
      typeof (e as Obj).SchemaID === 'number',
  );
}

/**
 * SECC: choose a protocol. `enabled` is our configured preference order (first = preferred on equal car
 * priority); protocols not listed are never chosen.
 */
export function selectAppProtocol(doc: ExiDocument, enabled: readonly V2gProtocol[]): AppHandSelection {
  const offered = offeredProtocols(doc);
  let best: { entry: AppProtocolEntry; protocol: V2gProtocol; rank: number } | undefined;
  for (const entry of offered) {
    const def = protocolByNamespace(entry.ProtocolNamespace);
    if (!def || !enabled.includes(def.id) || entry.VersionNumberMajor !== def.major) continue;
    const rank = enabled.indexOf(def.id);
    const prio = typeof entry.Priority === 'number' ? entry.Priority : 255;
    const bestPrio = best ? best.entry.Priority : 256;
    if (!best || prio < bestPrio || (prio === bestPrio && rank < best.rank)) best = { entry, protocol: def.id, rank };
  }
  if (!best) {
    return {
      responseCode: 'Failed_NoNegotiation',
      res: { supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' } },
      offered,
    };
  }
  const minorDiffers = best.entry.VersionNumberMinor !== PROTOCOLS[best.protocol].minor;
  const responseCode: AppHandResponseCode = minorDiffers
    ? 'OK_SuccessfulNegotiationWithMinorDeviation'
    : 'OK_SuccessfulNegotiation';
  return {
    protocol: best.protocol,
    schemaId: best.entry.SchemaID,
    responseCode,
    res: { supportedAppProtocolRes: { ResponseCode: responseCode, SchemaID: best.entry.SchemaID } },
    offered,
  };
}

/**
 * EVCC: build the request offering `protocols` in order (Priority 1 = first). SchemaIDs start at `firstSchemaId`
 * (pyPLC/Ioniq offer DIN with SchemaID 1; configurable for testers).
 */
export function buildAppProtocolReq(protocols: readonly V2gProtocol[], firstSchemaId = 1): ExiDocument {
  return {
    supportedAppProtocolReq: {
      AppProtocol: protocols.map((id, i) => ({
        ProtocolNamespace: PROTOCOLS[id].namespace,
        VersionNumberMajor: PROTOCOLS[id].major,
        VersionNumberMinor: PROTOCOLS[id].minor,
        SchemaID: firstSchemaId + i,
        Priority: i + 1,
      })),
    },
  };
}

/**
 * EVCC: evaluate the response against what we offered. Returns the chosen protocol or a reason.
 * A response without SchemaID is accepted only when we offered exactly one protocol.
 */
export function evaluateAppProtocolRes(
  doc: ExiDocument,
  offered: readonly V2gProtocol[],
  firstSchemaId = 1,
): { protocol: V2gProtocol; minorDeviation: boolean } | { error: string } {
  const res = doc.supportedAppProtocolRes as Obj | undefined;
  if (!res) return { error: 'not a supportedAppProtocolRes' };
  const code = res.ResponseCode;
  if (code !== 'OK_SuccessfulNegotiation' && code !== 'OK_SuccessfulNegotiationWithMinorDeviation') {
    return { error: `supportedAppProtocolRes ${String(code)}` };
  }
  let idx: number;
  if (typeof res.SchemaID === 'number') idx = res.SchemaID - firstSchemaId;
  else if (offered.length === 1) idx = 0;
  else return { error: 'supportedAppProtocolRes without SchemaID' };
  const protocol = offered[idx];
  if (!protocol) return { error: `supportedAppProtocolRes SchemaID ${String(res.SchemaID)} was not offered` };
  return { protocol, minorDeviation: code === 'OK_SuccessfulNegotiationWithMinorDeviation' };
}
