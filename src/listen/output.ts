/**
 * Writes timeline events to a stream as text lines or JSON lines, and the summary at the end.
 * Shared by `piccs decode` and `piccs listen` so both print exactly the same thing.
 * A reader that goes away (`piccs decode x.pcap | head`, EPIPE) closes the writer quietly; callers may stop early.
 */

import type { Summary, TimelineEvent } from './events.js';
import { renderEventJson } from './render-json.js';
import { renderEventText, renderSummaryText } from './render-text.js';

export interface TimelineWriter {
  events(evs: TimelineEvent[]): void;
  summary(s: Summary): void;
  /** True once the output stream is gone. */
  readonly closed?: boolean;
}

export function timelineWriter(out: NodeJS.WritableStream, json: boolean): TimelineWriter {
  let closed = false;
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true;
    else throw err;
  });
  const write = (text: string) => {
    if (!closed) out.write(text);
  };
  return {
    events(evs) {
      if (evs.length === 0) return;
      write(`${evs.map((e) => (json ? renderEventJson(e) : renderEventText(e))).join('\n')}\n`);
    },
    summary(s) {
      write(json ? `${renderEventJson(s)}\n` : renderSummaryText(s));
    },
    get closed() {
      return closed;
    },
  };
}
