/**
 * The exit code of `piccs evse` / `piccs pev`: 0 for a session that ended normally (or a long-running role stopped
 * by a signal), 1 for a failed one, 3 for a session that ended but left requests unanswered (a charger that hung at
 * session end, e.g. no WeldingDetectionRes / SessionStopRes: tolerated so the car could finish, never hidden).
 * (2 is the usage error of every command.) Also the human output's lines for the summary's extra keys.
 */

import type { RoleSummary } from '../app/roles.js';

export const EXIT_UNANSWERED = 3;

/** The human output's extra lines: what the other side did wrong, and the sessions of a long run. */
export function roleSummaryNotes(summary: RoleSummary): string[] {
  const lines: string[] = [];
  for (const w of summary.warnings ?? []) lines.push(`  warning: ${w}`);
  if (summary.unanswered?.length) lines.push(`  never answered: ${summary.unanswered.join(', ')}`);
  if (summary.energySource) lines.push(`  energy ${summary.energyWh} Wh (${summary.energySource})`);
  if (summary.sessions) {
    lines.push(`  sessions over the run: ${summary.sessions.completed} completed, ${summary.sessions.failed} failed`);
  }
  return lines.map((l) => `${l}\n`);
}

export function roleExitCode(summary: RoleSummary, o: { once: boolean; stopped: boolean }): number {
  if (!summary.ok) return !o.once && o.stopped ? 0 : 1;
  return summary.unanswered?.length ? EXIT_UNANSWERED : 0;
}
