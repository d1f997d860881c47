/**
 * The protocol table: which application protocols exist, how supportedAppProtocol names them, and which EXI
 * schema carries their messages. Namespaces/versions: standards.md 2.2 (supportedAppProtocol namespaces).
 * Pure data; the selection policy lives in apphand.ts.
 */

import type { ExiSchema, V2gProtocol } from './types.js';

export interface ProtocolDef {
  id: V2gProtocol;
  /** ProtocolNamespace as offered in supportedAppProtocolReq. */
  namespace: string;
  major: number;
  minor: number;
  schema: ExiSchema;
  /** Human label for logs. */
  label: string;
}

export const PROTOCOLS: Record<V2gProtocol, ProtocolDef> = {
  // DIN SPEC 70121:2012, namespace urn:din:70121:2012:MsgDef, version 2.0
  din: { id: 'din', namespace: 'urn:din:70121:2012:MsgDef', major: 2, minor: 0, schema: 'din', label: 'DIN 70121' },
  // ISO 15118-2:2014 (namespace year 2013), version 2.0
  iso2: {
    id: 'iso2',
    namespace: 'urn:iso:15118:2:2013:MsgDef',
    major: 2,
    minor: 0,
    schema: 'iso2',
    label: 'ISO 15118-2',
  },
};

/** Namespaces seen in the field that we recognise but do not speak (logged, never chosen). */
export const KNOWN_FOREIGN_NAMESPACES: Record<string, string> = {
  // field: Tesla offers this beside DIN (DemoExiLog.txt Tesla handshake; pyPLC issue #31)
  'urn:tesla:din:2018': 'Tesla DIN variant',
  'urn:iso:15118:2:2010:MsgDef': 'ISO 15118-2 DIS 2010',
  'urn:iso:std:iso:15118:-20:DC': 'ISO 15118-20 DC',
  'urn:iso:std:iso:15118:-20:AC': 'ISO 15118-20 AC',
};

export function protocolByNamespace(ns: string): ProtocolDef | undefined {
  return Object.values(PROTOCOLS).find((p) => p.namespace === ns);
}
