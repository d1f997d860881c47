/**
 * The project's EXI codec (src/exi, the `exi` engineer's facade) loaded at run time, so these tests compile and
 * skip cleanly while the codec is not on main yet. PICCS_EXI_MODULE may point at another build of the facade.
 * Errors are rethrown as this tree's DecodeError / EncodeError so `instanceof` works across module copies.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DecodeError, EncodeError } from '../../../src/core/errors.js';
import type { DocCodec, ExiDocument, ExiSchema } from '../../../src/v2g/index.js';

export const CODEC_MISSING = 'EXI codec (src/exi) not available yet';

interface Facade {
  decodeExi(bytes: Uint8Array, schema: ExiSchema): ExiDocument;
  encodeExi(doc: ExiDocument, schema: ExiSchema): Uint8Array;
}

async function load(): Promise<Facade | undefined> {
  const local = new URL('../../../src/exi/index.js', import.meta.url);
  const candidates = [process.env.PICCS_EXI_MODULE, existsSync(fileURLToPath(local)) ? local.href : undefined];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const m = (await import(c)) as Partial<Facade>;
      if (typeof m.decodeExi === 'function' && typeof m.encodeExi === 'function') return m as Facade;
    } catch {
      // not there
    }
  }
  return undefined;
}

const facade = await load();

export const codec: DocCodec | undefined = facade
  ? {
      encode(doc, schema) {
        try {
          return facade.encodeExi(doc, schema);
        } catch (e) {
          if (e instanceof EncodeError) throw e;
          throw new EncodeError((e as Error).message, (e as { path?: string }).path ?? '');
        }
      },
      decode(bytes, schema) {
        try {
          return facade.decodeExi(bytes, schema);
        } catch (e) {
          if (e instanceof DecodeError) throw e;
          throw new DecodeError((e as Error).message, (e as { offset?: number }).offset ?? 0, 'bit');
        }
      },
    }
  : undefined;
