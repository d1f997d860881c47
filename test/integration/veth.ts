/**
 * Root-only helper: two network namespaces joined by a veth pair, unique names, removed by exact name.
 * Also runs the SLAC peer child processes inside them.
 */

import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const NOT_ROOT_MESSAGE = 'needs root (network namespaces + raw sockets); fix: run the suite as root (CI does)';

export interface VethPair {
  nsA: string;
  nsB: string;
  ifA: string;
  ifB: string;
  destroy(): void;
}

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function createVethPair(tag: string): VethPair {
  const id = `${process.pid.toString(36)}${tag}`;
  const nsA = `pc-slac-${id}-a`;
  const nsB = `pc-slac-${id}-b`;
  const ifA = `pcs${id}a`.slice(0, 15);
  const ifB = `pcs${id}b`.slice(0, 15);
  const destroy = () => {
    for (const ns of [nsA, nsB]) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // already gone
      }
    }
  };
  try {
    ip('netns', 'add', nsA);
    ip('netns', 'add', nsB);
    ip('link', 'add', ifA, 'type', 'veth', 'peer', 'name', ifB);
    ip('link', 'set', ifA, 'netns', nsA);
    ip('link', 'set', ifB, 'netns', nsB);
    ip('-n', nsA, 'link', 'set', ifA, 'up');
    ip('-n', nsB, 'link', 'set', ifB, 'up');
  } catch (err) {
    destroy();
    try {
      ip('link', 'del', ifA);
    } catch {
      // deleted with its namespace
    }
    throw err;
  }
  return { nsA, nsB, ifA, ifB, destroy };
}

export interface PeerLine {
  ready?: boolean;
  round?: number;
  type?: string;
  ms?: number;
  nmk?: string;
  reason?: string;
  error?: string;
}

export interface PeerProcess {
  lines: PeerLine[];
  stderr: string;
  ready: Promise<void>;
  exit: Promise<number>;
}

/** Starts the SLAC peer child in a namespace. */
export function runPeer(ns: string, role: 'evse' | 'pev', iface: string, rounds: number): PeerProcess {
  const script = fileURLToPath(new URL('./slac-veth-peer.js', import.meta.url));
  const child = spawn('ip', ['netns', 'exec', ns, process.execPath, script, role, iface, String(rounds)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: PeerLine[] = [];
  let stderr = '';
  let buf = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => {
    markReady = r;
  });
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const l = JSON.parse(buf.slice(0, i)) as PeerLine;
      buf = buf.slice(i + 1);
      lines.push(l);
      if (l.ready || l.error) markReady();
    }
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exit = new Promise<number>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      markReady();
      resolve(code ?? -1);
    });
  });
  return {
    lines,
    get stderr() {
      return stderr;
    },
    ready,
    exit,
  };
}
