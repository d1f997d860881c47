/**
 * Runs the checks in order (later checks look at earlier results, e.g. raw.open needs cap.loads) and
 * builds the report. The context (role, interface, hal view, board) is derived here from the facts and
 * the loaded config, so the checks stay small.
 */

import { adcDevice, gpioAccess, halBackend, halModules, pigpio, pwmChip } from './checks/board.js';
import { cpStateA, modem } from './checks/devices.js';
import { libgpiod } from './checks/libgpiod.js';
import { capLoads, ifaceExists, ifaceUp, linkLocal, quiet, rawOpen, rawPermission } from './checks/network.js';
import { configValid, nodeVersion, platform } from './checks/runtime.js';
import { serviceEnabled } from './checks/service.js';
import type { SystemFacts } from './facts.js';
import { type HalView, halView } from './hal-view.js';
import { parsePiModel } from './pi.js';
import type { Check, CheckResult, CheckStatus, DoctorContext, DoctorProbes, DoctorReport, Role } from './types.js';

/** Every check, in the order they run and print. */
export const CHECKS: readonly Check[] = [
  nodeVersion,
  configValid,
  platform,
  ifaceExists,
  ifaceUp,
  linkLocal,
  quiet,
  rawPermission,
  capLoads,
  rawOpen,
  halBackend,
  halModules,
  libgpiod,
  gpioAccess,
  pwmChip,
  adcDevice,
  pigpio,
  modem,
  cpStateA,
  serviceEnabled,
];

export interface DoctorInput {
  facts: SystemFacts;
  probes?: DoctorProbes;
  /** The loaded config (or defaults when it was invalid). */
  config: unknown;
  configFile?: string;
  configProblems?: string[];
  /** --iface; overrides general.iface. */
  iface?: string;
  /** Role override (e.g. from the installed unit); default: general.role of the config. */
  role?: Role;
}

const ROLES: readonly Role[] = ['evse', 'pev', 'listen', 'sim'];

function general(config: unknown): { role?: unknown; iface?: unknown } {
  const g = (config as { general?: unknown } | null)?.general;
  return g && typeof g === 'object' ? (g as { role?: unknown; iface?: unknown }) : {};
}

export async function runDoctor(input: DoctorInput, checks: readonly Check[] = CHECKS): Promise<DoctorReport> {
  const g = general(input.config);
  const role: Role = input.role ?? (ROLES.includes(g.role as Role) ? (g.role as Role) : 'sim');
  const hal: HalView = halView(input.config);
  const board = parsePiModel(input.facts.readText('/proc/device-tree/model'));
  const ctx: DoctorContext = {
    facts: input.facts,
    probes: input.probes ?? {},
    role,
    iface: input.iface ?? (typeof g.iface === 'string' ? g.iface : 'eth0'),
    ifaceGiven: input.iface !== undefined,
    configProblems: input.configProblems ?? [],
    hal,
    results: new Map(),
    ...(input.configFile !== undefined ? { configFile: input.configFile } : {}),
    ...(board ? { board } : {}),
  };
  const out: CheckResult[] = [];
  for (const c of checks) {
    let r: CheckResult;
    try {
      r = await c.run(ctx);
    } catch (e) {
      // A check must never take the doctor down: report its crash as a failure of that check.
      r = {
        id: c.id,
        title: c.title,
        status: 'fail',
        detail: `check crashed: ${(e as Error)?.message ?? e}`,
        hint: 'please report this as a bug',
      };
    }
    ctx.results.set(r.id, r);
    out.push(r);
  }
  const counts: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const r of out) counts[r.status]++;
  return {
    ok: counts.fail === 0,
    role,
    iface: ctx.iface,
    configFile: input.configFile ?? null,
    platform: {
      os: input.facts.platform,
      arch: input.facts.arch,
      board: board?.model ?? null,
      soc: board?.soc ?? null,
    },
    checks: out,
    counts,
  };
}
