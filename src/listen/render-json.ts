/** JSON-lines rendering: one object per event, the summary as the last line (the `--json` contract). */

import type { Summary, TimelineEvent } from './events.js';

export function renderEventJson(ev: TimelineEvent | Summary): string {
  return JSON.stringify(ev);
}
