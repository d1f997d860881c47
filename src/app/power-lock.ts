/**
 * The power stage's lock file: the `evse` role holds it while it drives real modules, and `piccs power set|off`
 * refuses to touch the modules while another live process holds it (a session runs). Holds the pid; a lock left by
 * a dead process is stale and ignored.
 */

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POWER_LOCK_FILE = join(tmpdir(), 'piccs-power.lock');

/** The pid of a live process holding the lock, if any. */
export function powerLockHolder(file = POWER_LOCK_FILE): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(file, 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

/** Take the lock for this process; returns the release function. */
export function takePowerLock(file = POWER_LOCK_FILE): () => void {
  writeFileSync(file, `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
    } catch {
      // already gone
    }
  };
}
