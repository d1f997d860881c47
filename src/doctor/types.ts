/**
 * Shapes of `piccs doctor`: a check is a named function of the context that returns pass/warn/fail/skip
 * with one line of detail and, unless it passed, one line saying how to fix it. `skip` means "does not
 * apply here" (not a Pi, role sim, a dependency check failed) and always says why.
 */

import type { SystemFacts } from './facts.js';
import type { HalView } from './hal-view.js';
import type { PiBoard } from './pi.js';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  /** Stable id for scripts, e.g. `iface.linkLocal`. */
  id: string;
  /** Short human title. */
  title: string;
  status: CheckStatus;
  /** What was found (one line). */
  detail: string;
  /** How to fix it (absent on pass). */
  hint?: string;
}

/** Both plateaus of the CP line in CP volts, as the hal's CpSampler reports them. */
export interface CpVolts {
  highV: number;
  lowV: number;
}

/**
 * Probes that need other parts of piccs (the modem query from slac/, the CP sampler from hal/). The CLI
 * supplies them when the build has them; a missing probe makes its check `skip`.
 */
export interface DoctorProbes {
  /** Ask the HomePlug modem on `iface` for its firmware version string; undefined = no answer. */
  modemFirmware?(iface: string): Promise<string | undefined>;
  /** Read the CP line once through the configured hal backend. */
  readCp?(): Promise<CpVolts>;
}

export type Role = 'evse' | 'pev' | 'listen' | 'sim';

export interface DoctorContext {
  facts: SystemFacts;
  probes: DoctorProbes;
  role: Role;
  iface: string;
  /** True when the user named the interface (--iface): checked even for role sim. */
  ifaceGiven: boolean;
  /** The config file checked, if any. */
  configFile?: string;
  /** Problems of the config (empty = valid); the remaining checks then run on defaults. */
  configProblems: string[];
  hal: HalView;
  board?: PiBoard;
  /** Results so far, for checks that depend on earlier ones. */
  results: Map<string, CheckResult>;
}

export interface Check {
  id: string;
  title: string;
  run(ctx: DoctorContext): CheckResult | Promise<CheckResult>;
}

export interface DoctorReport {
  ok: boolean;
  role: Role;
  iface: string;
  configFile: string | null;
  platform: { os: string; arch: string; board: string | null; soc: string | null };
  checks: CheckResult[];
  counts: Record<CheckStatus, number>;
}
