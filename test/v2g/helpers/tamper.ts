/**
 * A port wrapper that lets a test drop or rewrite what one side sends (a misbehaving charger or car).
 */

import type { ExiDocument, ExiSchema, V2gMessagePort } from '../../../src/v2g/index.js';
import { parseV2gMessage } from '../../../src/v2g/index.js';

export type Tamper = (doc: ExiDocument, name: string) => ExiDocument | undefined;

export function tamperPort(inner: V2gMessagePort, tamper: Tamper): V2gMessagePort {
  return {
    send(doc: ExiDocument, schema: ExiSchema) {
      const p = parseV2gMessage(doc);
      const name = 'error' in p ? (Object.keys(doc)[0] ?? '') : p.name;
      const out = tamper(doc, name);
      if (out) inner.send(out, schema);
    },
    expect: (s) => inner.expect(s),
    subscribe: (l) => inner.subscribe(l),
    close: () => inner.close(),
  };
}

/** Rewrite the body of the first (or every) message called `name`. */
export function rewriteBody(doc: ExiDocument, name: string, fn: (body: Record<string, unknown>) => void): ExiDocument {
  const d = structuredClone(doc) as { V2G_Message: { Body: Record<string, Record<string, unknown>> } };
  const body = d.V2G_Message.Body[name];
  if (body) fn(body);
  return d as unknown as ExiDocument;
}
