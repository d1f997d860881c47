/**
 * Issue 18, the Raspberry Pi budget: each of the eight figures next to its reference and the ratio, references
 * measured in the same run where they can be (node -e 0, tshark), fixed where they cannot (libcbv2g, run once by
 * hand on this machine kind: the bench never builds other projects' code). Not a test: it prints, the reader
 * judges (the machine may be shared; the load average is printed first).
 *  [1] start-up: piccs --help and piccs sim --speed 0 against node -e 0 (wall, medians of alternated runs)
 *  [2] memory: RSS of the evse and the pev role (main process + capture child) during a DIN session over veth
 *  [3] idle CPU of the evse role (no car), with the worst fault-to-contactor time of the simulated faults
 *  [4] SLAC over veth in both roles
 *  [5] EXI codec on the 488 real messages against libcbv2g
 *  [6] SECC response over veth on the wire (dumpcap: request segment -> response segment), charge loop at 10/s
 *  [7] piccs decode against plain tshark, frames per second on the largest real capture
 *  [8] the Pi estimate derived from [3] and [6] (README "Performance on a Pi")
 * Roles run from dist/src/cli/main.js; needs root for [2], [3], [4], [6] (prints a skip line otherwise).
 */

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNetnsPair, NETNS_SKIP } from '../test/helpers/netns.js';
import { sharedPath } from '../test/helpers/shared.js';
import { measureExiVsC } from './exi-vs-c.js';

const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const node = process.execPath;
const figures: string[] = [];

function figure(line: string): void {
  figures.push(line);
  console.log(line);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${spawnSync('nproc').stdout} core(s)`,
);

// ---------------------------------------------------------------------------------------------- [1] start-up
function wallMs(args: string[]): number {
  const t0 = performance.now();
  spawnSync(node, args, { stdio: 'ignore' });
  return performance.now() - t0;
}
{
  const base: number[] = [];
  const help: number[] = [];
  const sim: number[] = [];
  for (let i = 0; i < 7; i++) {
    base.push(wallMs(['-e', '0']));
    help.push(wallMs([MAIN, '--help']));
    if (i < 5) sim.push(wallMs([MAIN, 'sim', '--speed', '0', '--json']));
  }
  const b = median(base);
  const h = median(help) / b;
  const s = median(sim) / b;
  figure(
    `[1] start-up: node -e 0 ${b.toFixed(0)} ms; piccs --help ${median(help).toFixed(0)} ms = ${h.toFixed(2)}x (target <= 1.5x: ${verdict(h <= 1.5)}); ` +
      `piccs sim --speed 0 ${median(sim).toFixed(0)} ms = ${s.toFixed(2)}x (target <= 3x: ${verdict(s <= 3)})`,
  );
}

// ------------------------------------------------------------------------------- processes in the namespaces
/** Resident set of a process and all its descendants, in MiB (from /proc). */
function treeRssMiB(pid: number): number {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone
    }
  }
  let kb = 0;
  const walk = (p: number): void => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // gone
    }
    for (const k of kids.get(p) ?? []) walk(k);
  };
  walk(pid);
  return kb / 1024;
}

/** CPU seconds (user + system) of a process and its descendants. */
function treeCpuS(pid: number): number {
  const tick = 100; // USER_HZ on Linux
  let s = 0;
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const d of all) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      cpu.set(Number(d), (Number(f[11]) + Number(f[12])) / tick);
    } catch {
      // gone
    }
  }
  for (const [p, c] of cpu) {
    for (let q: number | undefined = p; q !== undefined && q > 1; q = parent.get(q)) {
      if (q === pid) {
        s += c;
        break;
      }
    }
  }
  return s;
}

function role(ns: string, args: string[]): ChildProcess & { out: () => string } {
  let out = '';
  const c = spawn('ip', ['netns', 'exec', ns, node, MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  c.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  c.stderr?.resume();
  return Object.assign(c, { out: () => out });
}
const exited = (c: ChildProcess): Promise<void> =>
  new Promise((r) => (c.exitCode !== null ? r() : c.on('exit', () => r())));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lastJson = (s: string): Record<string, unknown> | undefined => {
  const l = s.trim().split('\n').at(-1);
  try {
    return l ? (JSON.parse(l) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** SECC response times on the wire from a classic pcap of the EVSE's interface: PEV payload -> EVSE payload. */
function wireResponsesMs(file: string, seccMac: string): number[] {
  const b = readFileSync(file);
  if (b.length < 24) return [];
  const le = b.readUInt32LE(0) === 0xa1b2c3d4;
  const nano = b.readUInt32LE(0) === 0xa1b23c4d;
  const u32 = (o: number) => (le || nano ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const out: number[] = [];
  let pendingAt: number | undefined;
  for (let o = 24; o + 16 <= b.length; ) {
    const t = u32(o) * 1000 + u32(o + 4) / (nano ? 1e6 : 1e3);
    const len = u32(o + 8);
    const f = b.subarray(o + 16, o + 16 + len);
    o += 16 + len;
    if (f.length < 74 || f.readUInt16BE(12) !== 0x86dd || f[20] !== 6) continue; // IPv6 + TCP only
    const tcp = 54;
    const payload = f.readUInt16BE(18) - (f[tcp + 12]! >> 4) * 4;
    if (payload <= 0) continue;
    const fromSecc = f.subarray(6, 12).toString('hex') === seccMac;
    if (!fromSecc) pendingAt = t;
    else if (pendingAt !== undefined) {
      out.push(t - pendingAt);
      pendingAt = undefined;
    }
  }
  return out;
}

const idleCpu: { pct?: number } = {};
const loopCpu: { msPerMsg?: number } = {};
if (NETNS_SKIP) {
  figure(`[2] [3] [4] [6] veth figures skipped: ${NETNS_SKIP}`);
} else {
  // ------------------------------------------------------------------ [2] [4] [6] one DIN session over veth
  const pair = createNetnsPair({ tag: 'pib' });
  const dir = mkdtempSync(join(tmpdir(), 'piccs-pib-'));
  try {
    const pcap = join(dir, 'evse.pcap');
    // dumpcap (installed with tshark) in classic pcap format (-P), TCP over IPv6 only
    const dump = spawn(
      'ip',
      ['netns', 'exec', pair.a.ns, 'dumpcap', '-q', '-P', '-i', pair.a.iface, '-f', 'ip6 and tcp', '-w', pcap],
      { stdio: 'ignore' },
    );
    await sleep(500);
    const common = ['--hw', 'sim', '--modem', 'none', '--once', '--json', '--set', 'session.chargeSeconds=30'];
    const evse = role(pair.a.ns, ['evse', '--iface', pair.a.iface, ...common]);
    await sleep(1500);
    const pev = role(pair.b.ns, ['pev', '--iface', pair.b.iface, ...common]);
    const rss = { evse: 0, pev: 0 };
    const cpu0 = { at: 0, evse: 0 };
    const sampler = setInterval(() => {
      if (evse.pid) rss.evse = Math.max(rss.evse, treeRssMiB(evse.pid));
      if (pev.pid) rss.pev = Math.max(rss.pev, treeRssMiB(pev.pid));
    }, 100);
    // CPU of the evse role during the charge loop: from 12 s after the car started (SLAC, SDP, pre-charge done)
    // to 24 s, at 10 CurrentDemand a second
    const cpuWindow = (async () => {
      await sleep(12_000);
      if (!evse.pid) return;
      cpu0.at = performance.now();
      cpu0.evse = treeCpuS(evse.pid);
      await sleep(12_000);
      if (!evse.pid || evse.exitCode !== null) return;
      const s = treeCpuS(evse.pid) - cpu0.evse;
      const wall = (performance.now() - cpu0.at) / 1000;
      loopCpu.msPerMsg = (s * 1000) / (wall * 10);
    })();
    await Promise.all([exited(evse), exited(pev), cpuWindow]);
    clearInterval(sampler);
    dump.kill('SIGINT');
    await exited(dump);
    const se = lastJson(evse.out());
    const sp = lastJson(pev.out());
    figure(
      `[2] memory, DIN session over veth (main + capture child): evse ${rss.evse.toFixed(0)} MiB, pev ${rss.pev.toFixed(0)} MiB ` +
        `vs 80 MiB = ${(rss.evse / 80).toFixed(2)}x / ${(rss.pev / 80).toFixed(2)}x (target <= 1.0x: ${verdict(rss.evse <= 80 && rss.pev <= 80)})`,
    );
    const slacE = Number(se?.slacMs);
    const slacP = Number(sp?.slacMs);
    figure(
      `[4] SLAC over veth: evse ${slacE} ms, pev ${slacP} ms vs 350 ms = ${(slacE / 350).toFixed(2)}x / ${(slacP / 350).toFixed(2)}x ` +
        `(target <= 1.0x: ${verdict(slacE <= 350 && slacP <= 350)}; session ok: ${se?.ok} / ${sp?.ok})`,
    );
    const seccMac = spawnSync('ip', ['netns', 'exec', pair.a.ns, 'cat', `/sys/class/net/${pair.a.iface}/address`])
      .stdout.toString()
      .trim()
      .replaceAll(':', '');
    const wire = (existsSync(pcap) ? wireResponsesMs(pcap, seccMac) : []).slice(20); // the first messages pay JIT and neighbour discovery
    const p50 = pct(wire, 50);
    const p99 = pct(wire, 99);
    figure(
      `[6] SECC response on the wire (dumpcap, ${wire.length} warm requests at 10/s): p50 ${p50.toFixed(3)} ms p99 ${p99.toFixed(3)} ms ` +
        `max ${pct(wire, 100).toFixed(3)} ms vs 1 ms = ${p99.toFixed(2)}x (target p99 < 1 ms: ${verdict(p99 < 1)}); ` +
        `evse role CPU in the charge loop ${loopCpu.msPerMsg?.toFixed(2) ?? '?'} ms per message (its idle share included)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    pair.destroy();
  }

  // ------------------------------------------------------------------------------- [3] idle evse, no car
  const idle = createNetnsPair({ tag: 'pii' });
  try {
    const evse = role(idle.a.ns, ['evse', '--iface', idle.a.iface, '--hw', 'sim', '--modem', 'none']);
    await sleep(4000);
    const pid = evse.pid ?? 0;
    const c0 = treeCpuS(pid);
    const t0 = performance.now();
    await sleep(15_000);
    const s = treeCpuS(pid) - c0;
    idleCpu.pct = (100 * s) / ((performance.now() - t0) / 1000);
    evse.kill('SIGTERM');
    await exited(evse);
  } finally {
    idle.destroy();
  }
  let worst = 0;
  const faults: string[] = [];
  for (const fault of ['unplug', 'cp-short', 'diode-fail']) {
    const r = spawnSync(node, [MAIN, 'sim', '--speed', '0', '--json', '--fault', fault], { encoding: 'utf8' });
    const s = lastJson(r.stdout);
    const ms = Number(s?.contactorOpenMs);
    faults.push(`${fault} ${ms} ms`);
    worst = Number.isFinite(ms) ? Math.max(worst, ms) : Number.NaN;
  }
  const ip = idleCpu.pct ?? Number.NaN;
  figure(
    `[3] idle evse role (no car, 15 s): ${ip.toFixed(2)} % of a core vs 1 % = ${ip.toFixed(2)}x (target <= 1.0x: ${verdict(ip <= 1)}); ` +
      `worst fault-to-contactor-open ${worst} ms (bound 100 ms: ${verdict(worst <= 100)}; ${faults.join(', ')})`,
  );
}

// ---------------------------------------------------------------------------------------------- [5] EXI
const exi = measureExiVsC();
if (exi) figure(`[5] ${exi}`);
else figure('[5] EXI: ../shared is absent, skipped');

// --------------------------------------------------------------------------------- [7] decode vs tshark
{
  const dir = sharedPath('fixtures/pyplc/results');
  const tshark = spawnSync('tshark', ['-v'], { stdio: 'ignore' }).status === 0;
  if (!dir || !tshark) figure(`[7] decode: skipped (${dir ? 'tshark not installed' : '../shared is absent'})`);
  else {
    const file = readdirSync(dir)
      .filter((f) => /\.pcap(ng)?$/.test(f))
      .map((f) => join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const frames = spawnSync('tshark', ['-r', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stderr: 'ignore',
    } as never)
      .stdout.toString()
      .split('\n')
      .filter((l: string) => l.trim() !== '').length;
    const ts: number[] = [];
    const pc: number[] = [];
    for (let i = 0; i < 3; i++) {
      let t0 = performance.now();
      spawnSync('tshark', ['-r', file], { stdio: 'ignore' });
      ts.push(performance.now() - t0);
      t0 = performance.now();
      spawnSync(node, [MAIN, 'decode', file, '--json'], { stdio: 'ignore' });
      pc.push(performance.now() - t0);
    }
    const fT = frames / (median(ts) / 1000);
    const fP = frames / (median(pc) / 1000);
    figure(
      `[7] decode ${(statSync(file).size / 1e6).toFixed(1)} MB, ${frames} frames: piccs decode --json ${fP.toFixed(0)} frames/s (EXI included) vs plain tshark ` +
        `${fT.toFixed(0)} frames/s = ${(fP / fT).toFixed(2)}x (target >= 1.0x: ${verdict(fP >= fT)})`,
    );
  }
}

// ------------------------------------------------------------------------------------------- [8] the Pi estimate
{
  // Single-core speed of each board relative to this x86 VM core for Node/V8 code: an estimate from public
  // benchmark figures (Cortex-A53 at 1.2-1.4 GHz about 8-10x slower, A72 at 1.5-1.8 GHz about 4-5x, A76 at
  // 2.4 GHz about 2x); the README states the same factors. Marked as an estimate until measured on a board.
  const boards: Array<[string, number]> = [
    ['Pi Zero 2 W (A53 1 GHz)', 12],
    ['Pi 3 B+ (A53 1.4 GHz)', 9],
    ['Pi 4 (A72 1.8 GHz)', 4.5],
    ['Pi 5 (A76 2.4 GHz)', 2],
  ];
  const idle = idleCpu.pct;
  const perMsg = loopCpu.msPerMsg;
  if (idle === undefined || perMsg === undefined) figure('[8] Pi estimate: needs [3] and [6] (root), skipped');
  else {
    const rows = boards.map(
      ([b, f]) =>
        `${b}: idle ~${(idle * f).toFixed(1)} %, charging ~${(((perMsg * 10) / 1000) * 100 * f).toFixed(0)} % of a core`,
    );
    figure(
      `[8] Pi estimate (ESTIMATE, scaled from this machine: idle ${idle.toFixed(2)} %, ${perMsg.toFixed(2)} ms evse CPU per charge-loop message, idle share included): ${rows.join('; ')}`,
    );
  }
}

console.log('\nsummary of the issue 18 figures:');
for (const f of figures) console.log(`  ${f}`);
if (!existsSync(MAIN)) process.exitCode = 1;
