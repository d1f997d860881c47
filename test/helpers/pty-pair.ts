/**
 * A pseudo-terminal pair made by socat (Debian package `socat`): two linked /dev/pts devices, so a real serial
 * stack (serialport) can talk to an emulated device on the other end. Skips with a clear message without socat.
 */

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOCAT_MISSING = 'socat is not installed (apt-get install socat); the pty-pair test cannot run';

export function hasSocat(): boolean {
  return spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;
}

export interface PtyPair {
  a: string;
  b: string;
  close(): void;
}

export async function ptyPair(): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'piccs-pty-'));
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  const proc: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 200 && !(existsSync(a) && existsSync(b)); i++) await new Promise((r) => setTimeout(r, 10));
  if (!(existsSync(a) && existsSync(b))) {
    proc.kill();
    throw new Error('socat did not create the pty pair');
  }
  return { a, b, close: () => proc.kill() };
}
