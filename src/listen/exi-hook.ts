/**
 * The one place where the listener meets the EXI codec: `decodeExi(bytes, schema)` from the src/exi facade,
 * returning the DESIGN.md JSON form and throwing DecodeError. For ISO 15118-20 the V2GTP payload type names the
 * namespace grammar (CommonMessages, DC, AC, ...), which is passed on when known.
 */

import { decodeExi, type ExiSchema, ISO20_PAYLOAD_NAMESPACE } from '../exi/index.js';

export type { ExiSchema };

/** Decodes one EXI payload with a schema; `payloadType` (V2GTP) may narrow the ISO 15118-20 grammar. */
export type ExiDecodeFn = (bytes: Uint8Array, schema: ExiSchema, payloadType?: number) => unknown;

/** The project's EXI decoder (src/exi facade). */
export const projectExiDecoder: ExiDecodeFn | undefined = (bytes, schema, payloadType) => {
  const ns = schema === 'iso20' && payloadType !== undefined ? ISO20_PAYLOAD_NAMESPACE[payloadType] : undefined;
  return ns ? decodeExi(bytes, schema, { iso20Namespace: ns }) : decodeExi(bytes, schema);
};
