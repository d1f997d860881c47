/** CLI streams captured as strings, for command tests. */

import { PassThrough } from 'node:stream';
import type { CliIO } from '../../src/cli/command.js';

export function fakeIO(env: NodeJS.ProcessEnv = {}): { io: CliIO; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => {
    o += d.toString();
  });
  stderr.on('data', (d: Buffer) => {
    e += d.toString();
  });
  return { io: { stdout, stderr, stdin: new PassThrough(), env, isTTY: false }, out: () => o, err: () => e };
}
