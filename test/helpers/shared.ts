/**
 * Locates the read-only reference material (`../shared` beside the project: fixtures, vectors, schemas).
 * Tests that need it call `sharedPath()` and skip with a clear message when it is absent:
 *   const dir = sharedPath('fixtures/pyplc'); it('...', { skip: dir ? false : SHARED_MISSING }, ...)
 */

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root: this file is dist/test/helpers/shared.js once compiled. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const SHARED_MISSING =
  '../shared is absent (reference fixtures not available); fix: set PICCS_SHARED_DIR to the folder that holds them';

export function sharedDir(): string | undefined {
  // 'none': behave as on a machine without the reference material (tests of the fallbacks use it)
  if (process.env.PICCS_SHARED_DIR === 'none') return undefined;
  const candidates = [process.env.PICCS_SHARED_DIR, join(PROJECT_ROOT, '../shared')].filter(Boolean) as string[];
  return candidates.find((d) => existsSync(join(d, 'DESIGN.md')));
}

/** Absolute path of a file or folder inside shared/, or undefined when shared/ (or that entry) is absent. */
export function sharedPath(rel: string): string | undefined {
  const d = sharedDir();
  if (!d) return undefined;
  const p = join(d, rel);
  return existsSync(p) ? p : undefined;
}
