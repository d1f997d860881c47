/**
 * `piccs evse` / `piccs pev` as a child process in a network namespace, for the role suites: collects stdout and
 * stderr, waits for a text on stderr, and parses the summary (the last stdout line). Killed after CHILD_LIMIT_MS.
 */

import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { spawnInNetns } from '../helpers/netns.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const CHILD_LIMIT_MS = 60_000;

export type Summary = Record<string, unknown>;

export interface RoleProcess {
  code: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stderr contains `text` (rejects when the process ends first). */
  waitFor(text: string): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

export function runPiccs(ns: string, args: string[]): RoleProcess {
  const child: ChildProcess = spawnInNetns(ns, process.execPath, [MAIN, ...args]);
  child.stdin?.end();
  let out = '';
  let err = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    for (const w of [...waiters]) {
      if (err.includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), CHILD_LIMIT_MS);
  const code = new Promise<number | null>((resolve) => {
    child.on('close', (c) => {
      clearTimeout(killer);
      resolve(c);
    });
  });
  return {
    code,
    kill: (signal) => child.kill(signal),
    stdout: () => out,
    stderr: () => err,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        if (err.includes(text)) return resolve();
        waiters.push({ text, resolve });
        void code.then((c) => reject(new Error(`exited (${c}) before '${text}':\n${err.slice(-3000)}`)));
      }),
  };
}

/** The summary: the last stdout line as JSON. */
export function lastJson(text: string): Summary {
  const lines = text.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] as string) as Summary;
}

/** pino's JSON lines of a process's stderr (non-JSON lines skipped). */
export function jsonLines(stderr: string): Summary[] {
  const out: Summary[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      out.push(JSON.parse(line) as Summary);
    } catch {
      // a line cut by the kill: not a log line
    }
  }
  return out;
}
