/**
 * An emulation of libgpiod's command-line tools (gpioset, gpioget, gpiomon) in the dialect of libgpiod 1.x or
 * 2.x (FAKE_GPIOD_MAJOR), on a fake gpiochip kept as files in FAKE_GPIOD_STATE: `<chip>-<offset>.level` holds the
 * raw pin level (it stays after a release, as a Pi's pin does), `<chip>-<offset>.holder` marks a requested line
 * (a second request fails with EBUSY like the kernel), and `log` records every request and release with the raw
 * level. Wrong options for the dialect fail like the real tools. Run as: node fake-gpiod-tool.js <tool> args...
 */

import { appendFileSync, existsSync, readFileSync, rmSync, watchFile, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [tool, ...args] = process.argv.slice(2);
const major = Number(process.env.FAKE_GPIOD_MAJOR ?? 2);
const state = process.env.FAKE_GPIOD_STATE ?? '.';
const log = (line: string) => appendFileSync(join(state, 'log'), `${line}\n`);
const fail = (msg: string): never => {
  process.stderr.write(`${tool}: ${msg}\n`);
  process.exit(1);
};

interface Parsed {
  chip: string;
  activeLow: boolean;
  lines: string[];
  opts: Map<string, string | true>;
}

/** v2: options first (-c CHIP, -C NAME, -l, --numeric, --format F), then lines. v1: options, CHIP, lines. */
function parse(known: Record<string, 'flag' | 'value'>): Parsed {
  const opts = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('-')) {
      const [k, inline] = a.split('=', 2) as [string, string | undefined];
      const kind = known[k];
      if (!kind) fail(`unrecognized option '${a}'`);
      if (kind === 'flag') opts.set(k, true);
      else opts.set(k, inline ?? (args[++i] as string));
    } else rest.push(a);
  }
  const activeLow = opts.has('-l') || opts.has('--active-low');
  if (major === 2) {
    const chip = (opts.get('-c') ?? opts.get('--chip') ?? 'gpiochip0') as string;
    return { chip, activeLow, lines: rest, opts };
  }
  const [chip, ...lines] = rest;
  if (!chip) fail('gpiochip must be specified');
  return { chip: chip as string, activeLow, lines, opts };
}

const file = (chip: string, off: string, ext: string) => join(state, `${chip}-${off}.${ext}`);
const rawOf = (chip: string, off: string) =>
  existsSync(file(chip, off, 'level')) ? Number(readFileSync(file(chip, off, 'level'), 'utf8')) : 0;
const pidAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

if (args[0] === '--version') {
  process.stdout.write(
    `${tool} (libgpiod) v${major === 2 ? '2.1.3' : '1.6.3'}\nCopyright (C) 2017-2023 Bartosz Golaszewski\n`,
  );
  process.exit(0);
}

if (tool === 'gpioset') {
  const known: Record<string, 'flag' | 'value'> =
    major === 2
      ? { '-c': 'value', '--chip': 'value', '-C': 'value', '--consumer': 'value', '-l': 'flag', '--active-low': 'flag' }
      : { '--mode': 'value', '-m': 'value', '-l': 'flag', '--active-low': 'flag' };
  const p = parse(known);
  if (major === 1 && p.opts.get('--mode') !== 'signal') fail('without --mode=signal the v1 gpioset exits at once');
  if (p.lines.length !== 1) fail('one line=value expected by this emulation');
  const [off, val] = (p.lines[0] as string).split('=') as [string, string];
  if (!/^\d+$/.test(off) || (val !== '0' && val !== '1')) fail(`invalid line value: ${p.lines[0]}`);
  const holder = file(p.chip, off, 'holder');
  if (existsSync(holder) && pidAlive(Number(readFileSync(holder, 'utf8')))) {
    fail('failed to request lines: Device or resource busy');
  }
  const release = () => {
    rmSync(holder, { force: true });
    log(`release ${p.chip} ${off}`);
    process.exit(0);
  };
  process.on('SIGTERM', release);
  process.on('SIGINT', release);
  writeFileSync(holder, String(process.pid));
  const raw = Number(val) ^ (p.activeLow ? 1 : 0);
  writeFileSync(file(p.chip, off, 'level'), String(raw));
  log(`request ${p.chip} ${off} raw=${raw}`);
  setInterval(() => {}, 1 << 30);
} else if (tool === 'gpioget') {
  const known: Record<string, 'flag' | 'value'> =
    major === 2
      ? { '-c': 'value', '--chip': 'value', '-l': 'flag', '--numeric': 'flag', '-n': 'flag' }
      : { '-l': 'flag', '--active-low': 'flag' };
  const p = parse(known);
  const out = p.lines.map((off) => rawOf(p.chip, off) ^ (p.activeLow ? 1 : 0));
  if (major === 2 && !p.opts.has('--numeric')) {
    process.stdout.write(`${p.lines.map((l, i) => `"${l}"=${out[i] ? 'active' : 'inactive'}`).join(' ')}\n`);
  } else process.stdout.write(`${out.join(' ')}\n`);
} else if (tool === 'gpiomon') {
  const known: Record<string, 'flag' | 'value'> =
    major === 2
      ? { '-c': 'value', '--chip': 'value', '-l': 'flag', '--format': 'value', '-F': 'value' }
      : { '-l': 'flag', '--active-low': 'flag', '--format': 'value', '-F': 'value' };
  const p = parse(known);
  const off = p.lines[0] as string;
  let last = rawOf(p.chip, off);
  watchFile(file(p.chip, off, 'level'), { interval: 10 }, () => {
    const now = rawOf(p.chip, off);
    if (now === last) return;
    last = now;
    const logical = now ^ (p.activeLow ? 1 : 0);
    process.stdout.write(`${logical ? '1' : major === 2 ? '2' : '0'}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
  log(`monitor ${p.chip} ${off}`);
} else fail('unknown tool');
