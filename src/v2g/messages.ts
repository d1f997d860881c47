/**
 * V2G_Message envelope helpers (DIN and ISO-2 share it: Header{SessionID, Notification?, Signature?} + Body with
 * exactly one body element). Pure.
 */

import type { ExiDocument, Obj } from './types.js';

export interface ParsedMessage {
  /** Header SessionID as lowercase hex (1..8 bytes), exactly as received. */
  sessionId: string;
  /** Body element name, e.g. "CurrentDemandReq". */
  name: string;
  body: Obj;
}

/** Build a V2G_Message document. */
export function v2gMessage(sessionId: string, name: string, body: Obj): ExiDocument {
  return { V2G_Message: { Header: { SessionID: sessionId }, Body: { [name]: body } } };
}

/** Parse a V2G_Message document; returns an error string for anything else. */
export function parseV2gMessage(doc: ExiDocument): ParsedMessage | { error: string } {
  const msg = doc.V2G_Message as Obj | undefined;
  if (!msg || typeof msg !== 'object') return { error: `not a V2G_Message (root ${Object.keys(doc)[0] ?? 'none'})` };
  const header = msg.Header as Obj | undefined;
  const sid = header?.SessionID;
  if (typeof sid !== 'string' || !/^[0-9a-fA-F]*$/.test(sid) || sid.length % 2 !== 0) {
    return { error: 'V2G_Message without a valid Header.SessionID' };
  }
  const body = msg.Body as Obj | undefined;
  const names = body && typeof body === 'object' ? Object.keys(body) : [];
  if (names.length !== 1) return { error: `V2G_Message Body has ${names.length} elements` };
  const name = names[0] as string;
  const content = (body as Obj)[name];
  return {
    sessionId: sid.toLowerCase(),
    name,
    body: content && typeof content === 'object' ? (content as Obj) : {},
  };
}

/** Root element name of any document (for logs). */
export function docName(doc: ExiDocument): string {
  const root = Object.keys(doc)[0] ?? '?';
  if (root !== 'V2G_Message') return root;
  const p = parseV2gMessage(doc);
  return 'error' in p ? root : p.name;
}

/** A SessionID is 1..8 bytes of hexBinary (sessionIDType maxLength 8). */
export function isValidSessionId(hex: string): boolean {
  return /^([0-9a-f]{2}){1,8}$/.test(hex);
}

/** All-zero SessionID: the car asks for a new session (DIN [V2G-DC-xxx] / ISO-2 [V2G2-754]). */
export function isZeroSessionId(hex: string): boolean {
  return /^0*$/.test(hex);
}
