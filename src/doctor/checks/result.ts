/** Constructors for check results and the "does this check apply here" predicates shared by the checks. */

import type { Check, CheckResult, DoctorContext } from '../types.js';

type Head = Pick<Check, 'id' | 'title'>;

export const pass = (c: Head, detail: string): CheckResult => ({ id: c.id, title: c.title, status: 'pass', detail });
export const warn = (c: Head, detail: string, hint: string): CheckResult => ({
  id: c.id,
  title: c.title,
  status: 'warn',
  detail,
  hint,
});
export const fail = (c: Head, detail: string, hint: string): CheckResult => ({
  id: c.id,
  title: c.title,
  status: 'fail',
  detail,
  hint,
});
export const skip = (c: Head, why: string): CheckResult => ({ id: c.id, title: c.title, status: 'skip', detail: why });

/** Roles that use the PLC interface (SLAC raw frames, SDP, TCP). */
export function usesNetwork(ctx: DoctorContext): boolean {
  return ctx.role !== 'sim' || ctx.ifaceGiven;
}

/** Why the network checks do not apply, or undefined when they do. */
export function networkSkip(ctx: DoctorContext): string | undefined {
  return usesNetwork(ctx) ? undefined : 'role sim uses a simulated powerline (give --iface to check an interface)';
}

/** Why the CP/GPIO hardware checks do not apply, or undefined when they do. */
export function hardwareSkip(ctx: DoctorContext): string | undefined {
  if (ctx.role === 'sim' || ctx.role === 'listen') return `role ${ctx.role} drives no CP hardware`;
  if (ctx.hal.backend === 'sim') return 'hal.backend is sim: the CP line is simulated';
  if (!ctx.board)
    return `not a Raspberry Pi (${ctx.facts.platform}/${ctx.facts.arch}): GPIO, PWM and ADC checks do not apply`;
  return undefined;
}

/** True when an earlier check with this id did not pass. */
export function failedBefore(ctx: DoctorContext, id: string): boolean {
  const r = ctx.results.get(id);
  return r !== undefined && r.status !== 'pass';
}
