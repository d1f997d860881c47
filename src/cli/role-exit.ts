/**
 * The exit code of `piccs evse` / `piccs pev`: 0 for a session that ended normally (or a long-running role stopped
 * by a signal), 1 for a failed one, 3 for a session that ended but left requests unanswered (a charger that hung at
 * session end, e.g. no WeldingDetectionRes / SessionStopRes: tolerated so the car could finish, never hidden).
 * (2 is the usage error of every command.)
 */

import type { RoleSummary } from '../app/roles.js';

export const EXIT_UNANSWERED = 3;

export function roleExitCode(summary: RoleSummary, o: { once: boolean; stopped: boolean }): number {
  if (!summary.ok) return !o.once && o.stopped ? 0 : 1;
  return summary.unanswered?.length ? EXIT_UNANSWERED : 0;
}
