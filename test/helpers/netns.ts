/**
 * Reusable root-only test helper: two network namespaces joined by a veth pair, and a way to run code inside them.
 *
 *   const pair = createNetnsPair({ tag: 'sd' });          // pc-sd-<pid>-<n>-a / -b, ifaces sd<pid><n>a / b, up
 *   const evse = runInNetns(pair.a.ns, new URL('./peers.js', import.meta.url), 'evse', { iface: pair.a.iface });
 *   const ready = await evse.next((e) => e.type === 'ready');      // events the function emitted
 *   ...; await evse.stop(); const result = await evse.result;
 *   pair.destroy();                                            // deletes exactly the two namespaces it created
 *
 * Namespaces and interfaces get unique names (tag + pid + counter) and are deleted by exact name in destroy() and,
 * as a last resort, when the test process exits. DAD is switched off (accept_dad=0 before link up) unless asked for,
 * so link-local addresses are usable at once (node-stack.md §2).
 * createBridgedPair puts a bridge (in a third namespace) between the two ends, so a test can drop one end's carrier
 * without taking any interface of the processes under test down.
 * Not root: suites skip with NETNS_SKIP's message. In CI (CI=true) they never skip: not being root there fails loudly.
 *
 * This file is also the child entry: `ip netns exec NS node netns.js --call MODULE_URL EXPORT JSON_ARG` imports
 * MODULE_URL, awaits `EXPORT(arg, ctx)` and prints one JSON line per ctx.emit() and a final {"result"} or {"error"}.
 */

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

function hasIp(): boolean {
  try {
    execFileSync('ip', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * `false` when namespace tests should run, else the reason to skip. In CI the tests always run (and fail with a
 * clear error from createNetnsPair if they cannot), so a misconfigured runner never passes by skipping.
 */
export const NETNS_SKIP: string | false = IN_CI
  ? false
  : !IS_ROOT
    ? 'needs root for network namespaces and veth pairs; fix: run the suite as root (CI does)'
    : !hasIp()
      ? "needs the 'ip' tool (iproute2) for network namespaces"
      : false;

export interface NetnsEnd {
  ns: string;
  iface: string;
}

export interface NetnsPair {
  a: NetnsEnd;
  b: NetnsEnd;
  /** Delete both namespaces (and with them the veth pair). Idempotent, never throws. */
  destroy(): void;
}

export interface NetnsPairOptions {
  /** 1-4 letters [a-z0-9] naming the user of the pair (kept short: interface names are at most 15 bytes). */
  tag: string;
  /** Keep IPv6 duplicate address detection on (default false: accept_dad=0, addresses usable at once). */
  dad?: boolean;
}

let counter = 0;
const live = new Set<string>();

function ip(args: string[]): string {
  try {
    return execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`ip ${args.join(' ')} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

function deleteNs(ns: string): void {
  try {
    execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
  } catch {
    // already gone
  }
  live.delete(ns);
}

process.once('exit', () => {
  for (const ns of [...live]) deleteNs(ns);
});

/** Create two namespaces joined by a veth pair, lo and the veth ends up. Throws (after cleaning up) on failure. */
export function createNetnsPair(opts: NetnsPairOptions): NetnsPair {
  if (!/^[a-z0-9]{1,4}$/.test(opts.tag)) throw new Error(`netns tag '${opts.tag}' must be 1-4 of [a-z0-9]`);
  if (!IS_ROOT) {
    throw new Error('network namespace tests need root (CI=true is set, so they do not skip)');
  }
  const id = `${process.pid.toString(36)}${(counter++).toString(36)}`;
  const a = { ns: `pc-${opts.tag}-${id}-a`, iface: `${opts.tag}${id}a`.slice(0, 15) };
  const b = { ns: `pc-${opts.tag}-${id}-b`, iface: `${opts.tag}${id}b`.slice(0, 15) };
  const destroy = () => {
    deleteNs(a.ns);
    deleteNs(b.ns);
  };
  try {
    for (const end of [a, b]) {
      ip(['netns', 'add', end.ns]);
      live.add(end.ns);
    }
    ip(['link', 'add', a.iface, 'type', 'veth', 'peer', 'name', b.iface]);
    for (const end of [a, b]) {
      ip(['link', 'set', end.iface, 'netns', end.ns]);
      ip(['-n', end.ns, 'link', 'set', 'lo', 'up']);
      if (!opts.dad) {
        // before link up, so the link-local address is never tentative
        // (via sh, not sysctl: a bare CI image may lack procps; the name is [a-z0-9] only, so no quoting issue)
        ip(['netns', 'exec', end.ns, 'sh', '-c', `echo 0 > /proc/sys/net/ipv6/conf/${end.iface}/accept_dad`]);
      }
      ip(['-n', end.ns, 'link', 'set', end.iface, 'up']);
    }
  } catch (err) {
    destroy();
    try {
      execFileSync('ip', ['link', 'del', a.iface], { stdio: 'ignore' });
    } catch {
      // it was in a namespace and went with it
    }
    throw err;
  }
  return { a, b, destroy };
}

export interface BridgedPair extends NetnsPair {
  /** The far end of each veth (the "modem" side), both in one middle namespace, bridged together. */
  modemA: NetnsEnd;
  modemB: NetnsEnd;
}

/**
 * Like createNetnsPair, but each end's veth goes to a middle namespace where a bridge joins them: a -- ma [br] mb -- b.
 * Setting `modemA.iface` down drops the carrier on `a.iface` while `a.iface` itself stays up, which is what the PLC
 * interface sees when its HomePlug modem loses power (a plain veth pair can only do that by taking the other end
 * down, which the other process then sees as its own interface going down). Deleted by exact name like the pair.
 */
export function createBridgedPair(opts: NetnsPairOptions): BridgedPair {
  if (!/^[a-z0-9]{1,4}$/.test(opts.tag)) throw new Error(`netns tag '${opts.tag}' must be 1-4 of [a-z0-9]`);
  if (!IS_ROOT) {
    throw new Error('network namespace tests need root (CI=true is set, so they do not skip)');
  }
  const id = `${process.pid.toString(36)}${(counter++).toString(36)}`;
  const name = (suffix: string) => `${opts.tag}${id}${suffix}`.slice(-15);
  const a = { ns: `pc-${opts.tag}-${id}-a`, iface: name('a') };
  const b = { ns: `pc-${opts.tag}-${id}-b`, iface: name('b') };
  const mid = `pc-${opts.tag}-${id}-m`;
  const modemA = { ns: mid, iface: name('ma') };
  const modemB = { ns: mid, iface: name('mb') };
  const bridge = name('br');
  const destroy = () => {
    for (const ns of [a.ns, b.ns, mid]) deleteNs(ns);
  };
  try {
    for (const ns of [a.ns, b.ns, mid]) {
      ip(['netns', 'add', ns]);
      live.add(ns);
    }
    ip(['-n', mid, 'link', 'add', bridge, 'type', 'bridge', 'stp_state', '0', 'mcast_snooping', '0']);
    ip(['-n', mid, 'link', 'set', bridge, 'up']);
    for (const [end, modem] of [
      [a, modemA],
      [b, modemB],
    ] as const) {
      // created inside the middle namespace, so nothing is ever left in the test's own namespace
      ip(['-n', mid, 'link', 'add', modem.iface, 'type', 'veth', 'peer', 'name', end.iface]);
      ip(['-n', mid, 'link', 'set', end.iface, 'netns', end.ns]);
      ip(['-n', mid, 'link', 'set', modem.iface, 'master', bridge]);
      ip(['-n', mid, 'link', 'set', modem.iface, 'up']);
      ip(['-n', end.ns, 'link', 'set', 'lo', 'up']);
      if (!opts.dad) {
        ip(['netns', 'exec', end.ns, 'sh', '-c', `echo 0 > /proc/sys/net/ipv6/conf/${end.iface}/accept_dad`]);
      }
      ip(['-n', end.ns, 'link', 'set', end.iface, 'up']);
    }
  } catch (err) {
    destroy();
    throw err;
  }
  return { a, b, modemA, modemB, destroy };
}

/** Run a command inside a namespace and return its stdout. */
export function nsExec(ns: string, cmd: string, args: string[]): string {
  return ip(['netns', 'exec', ns, cmd, ...args]);
}

/** The interface's link-local address as `ip` reports it (no zone), or undefined. */
export function linkLocalOf(end: NetnsEnd): string | undefined {
  const out = JSON.parse(ip(['-n', end.ns, '-j', '-6', 'addr', 'show', 'dev', end.iface])) as {
    addr_info?: { local: string; scope: string }[];
  }[];
  return out[0]?.addr_info?.find((x) => x.scope === 'link')?.local;
}

/** Spawn any command inside a namespace (stdio piped). */
export function spawnInNetns(ns: string, cmd: string, args: string[]): ChildProcess {
  return spawn('ip', ['netns', 'exec', ns, cmd, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** What a function run by runInNetns receives. */
export interface NetnsContext {
  /** Send an event to the test (one JSON line). */
  emit(event: Record<string, unknown>): void;
  /** Resolves when the test calls stop() (stdin closed). */
  stopped: Promise<void>;
}

export type NetnsEvent = Record<string, unknown> & { type?: string };

export interface NetnsTask<T> {
  /** Events emitted so far, in order. */
  readonly events: NetnsEvent[];
  /** The first event (already seen or future) matching `pred`; rejects if the child ends first or on timeout. */
  next(pred: (e: NetnsEvent) => boolean, timeoutMs?: number): Promise<NetnsEvent>;
  /** The function's return value; rejects with its error (and stderr) if it threw or the child died. */
  readonly result: Promise<T>;
  /** Ask the function to finish (ctx.stopped resolves); kills the child if it is not gone after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  readonly stderr: string;
}

/** Hard limit for a child: a hung child must not hang the suite. */
const CHILD_KILL_MS = 60_000;

/**
 * Run `exportName(arg, ctx)` from `module` (a URL of a compiled .js module) in a fresh node process inside `ns`.
 */
export function runInNetns<T = unknown>(ns: string, module: URL, exportName: string, arg: unknown): NetnsTask<T> {
  const self = fileURLToPath(import.meta.url);
  const child = spawnInNetns(ns, process.execPath, [self, '--call', module.href, exportName, JSON.stringify(arg)]);
  const events: NetnsEvent[] = [];
  const waiters: { pred: (e: NetnsEvent) => boolean; resolve: (e: NetnsEvent) => void }[] = [];
  let stderr = '';
  let outcome: { result?: T; error?: string } | undefined;
  let buf = '';
  child.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      let o: { event?: NetnsEvent; result?: T; error?: string };
      try {
        o = JSON.parse(line);
      } catch {
        stderr += `[stdout] ${line}\n`;
        continue;
      }
      if (o.event) {
        events.push(o.event);
        for (const w of [...waiters]) {
          if (w.pred(o.event)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(o.event);
          }
        }
      } else outcome = o;
    }
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const killTimer = setTimeout(() => child.kill('SIGKILL'), CHILD_KILL_MS);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(killTimer);
      resolve(code);
    });
  });
  const result = exited.then((code) => {
    if (outcome && 'result' in outcome && code === 0) return outcome.result as T;
    throw new Error(`child in ${ns} (${exportName}) failed, exit ${code}: ${outcome?.error ?? ''}\n${stderr}`);
  });
  result.catch(() => {}); // observed through `result` or next()
  return {
    events,
    get stderr() {
      return stderr;
    },
    result,
    next(pred, timeoutMs = 20_000) {
      const seen = events.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = {
          pred,
          resolve: (e: NetnsEvent) => {
            clearTimeout(t);
            resolve(e);
          },
        };
        const t = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no matching event from ${exportName} in ${ns} within ${timeoutMs} ms: ${stderr}`));
        }, timeoutMs);
        waiters.push(w);
        exited.then(() => {
          if (!waiters.includes(w)) return;
          clearTimeout(t);
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`${exportName} in ${ns} ended before the event: ${outcome?.error ?? ''}\n${stderr}`));
        });
      });
    },
    async stop(graceMs = 5000) {
      child.stdin?.end();
      const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(t);
    },
  };
}

/** Child side of runInNetns. */
async function childMain(moduleHref: string, exportName: string, argJson: string): Promise<void> {
  const write = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
  const stopped = new Promise<void>((resolve) => {
    process.stdin.on('end', () => resolve());
    process.stdin.on('close', () => resolve());
    process.stdin.resume();
  });
  try {
    const mod = (await import(moduleHref)) as Record<string, unknown>;
    const fn = mod[exportName];
    if (typeof fn !== 'function') throw new Error(`${moduleHref} has no function export '${exportName}'`);
    const result = await (fn as (a: unknown, c: NetnsContext) => Promise<unknown>)(JSON.parse(argJson), {
      emit: (event) => write({ event }),
      stopped,
    });
    write({ result: result ?? null });
    process.exit(0);
  } catch (err) {
    const e = err as Error;
    write({ error: e.message });
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url && process.argv[2] === '--call') {
  void childMain(process.argv[3] as string, process.argv[4] as string, process.argv[5] ?? 'null');
}
