/**
 * Writes timeline events to a stream as text lines or JSON lines, and the summary at the end.
 * Shared by `piccs decode` and `piccs listen` so both print exactly the same thing.
 */

import type { Summary, TimelineEvent } from './events.js';
import { renderEventJson } from './render-json.js';
import { renderEventText, renderSummaryText } from './render-text.js';

export interface TimelineWriter {
  events(evs: TimelineEvent[]): void;
  summary(s: Summary): void;
}

export function timelineWriter(out: NodeJS.WritableStream, json: boolean): TimelineWriter {
  return {
    events(evs) {
      if (evs.length === 0) return;
      out.write(`${evs.map((e) => (json ? renderEventJson(e) : renderEventText(e))).join('\n')}\n`);
    },
    summary(s) {
      out.write(json ? `${renderEventJson(s)}\n` : renderSummaryText(s));
    },
  };
}
