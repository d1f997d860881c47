/** Human-readable doctor report: one line per check, the fix hint under anything that is not a pass. */

import type { CheckStatus, DoctorReport } from './types.js';

const LABEL: Record<CheckStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'n/a ' };

export function renderReport(r: DoctorReport): string {
  const lines: string[] = [];
  const board = r.platform.board ?? `${r.platform.os}/${r.platform.arch}, not a Raspberry Pi`;
  lines.push(`piccs doctor: role ${r.role}, interface ${r.iface}, ${board}`);
  lines.push(`config: ${r.configFile ?? 'defaults'}`);
  lines.push('');
  const w = Math.max(...r.checks.map((c) => c.id.length));
  for (const c of r.checks) {
    lines.push(`${LABEL[c.status]}  ${c.id.padEnd(w)}  ${c.detail}`);
    if (c.hint && c.status !== 'pass') lines.push(`      ${' '.repeat(w)}  fix: ${c.hint}`);
  }
  lines.push('');
  const c = r.counts;
  lines.push(
    `${c.pass} passed, ${c.warn} warning(s), ${c.fail} failed, ${c.skip} not applicable here: ${r.ok ? 'OK' : 'NOT READY'}`,
  );
  return `${lines.join('\n')}\n`;
}
