/**
 * The one place where the listener meets the EXI codec. `decodeExi(bytes, schema)` from src/exi/ returns the
 * DESIGN.md JSON form and throws DecodeError; until that facade is on main, `projectExiDecoder` is undefined and
 * the listener shows V2G messages as hex with their payload type.
 */

export type ExiSchema = 'apphand' | 'din' | 'iso2' | 'iso20';

export type ExiDecodeFn = (bytes: Uint8Array, schema: ExiSchema) => unknown;

/** The project's EXI decoder (src/exi facade) when available. */
export const projectExiDecoder: ExiDecodeFn | undefined = undefined;
