/**
 * Text rendering of the timeline: one line per event (relative time, direction, name, key values, latency,
 * flags) and a multi-line summary with per-session phases and durations. Pure string building.
 */

import type { Summary, TimelineEvent } from './events.js';
import { unitOf } from './v2g-doc.js';

const DIR_WIDTH = 10;
const NAME_WIDTH = 30;

function time(t: number): string {
  return t.toFixed(3).padStart(10);
}

function dir(d: string): string {
  return (d === '?' ? '' : d).padEnd(DIR_WIDTH);
}

function valueText(k: string, v: string | number | boolean): string {
  if (typeof v === 'number') {
    const u = unitOf(k);
    return `${k}=${v}${u ?? ''}`;
  }
  return `${k}=${v}`;
}

/** Values that only say "nothing special": left out of text lines (the JSON keeps them). */
function quiet(k: string, v: string | number | boolean): boolean {
  if (v === 'None' && k === 'EVSENotification') return true;
  if (v === 'NO_ERROR' && k === 'EVErrorCode') return true;
  if (v === false && /LimitAchieved$|ChargingComplete$/.test(k)) return true;
  return false;
}

function flagsText(flags: string[] | undefined): string {
  return flags?.length ? `  !! ${flags.join('; ')}` : '';
}

/** One line (no newline) for one event. */
export function renderEventText(ev: TimelineEvent): string {
  switch (ev.type) {
    case 'homeplug': {
      const hex = `0x${ev.mmtype.toString(16).padStart(4, '0')}`;
      const name = ev.name.includes(hex) ? ev.name : `${ev.name} (${hex})`;
      const fields = ev.fields
        ? ` ${Object.entries(ev.fields)
            .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
            .join(' ')}`
        : '';
      const lat = ev.latencyMs !== undefined ? ` (${ev.latencyMs} ms)` : '';
      return `${time(ev.t)}  ${dir(ev.dir)}  ${name.padEnd(NAME_WIDTH)} ${ev.src} -> ${ev.dst}${lat}${fields}${flagsText(ev.flags)}`;
    }
    case 'sdp': {
      const what =
        ev.sdp === 'req'
          ? `security=${ev.security} transport=${ev.transport}`
          : `SECC [${ev.address}]:${ev.port} security=${ev.security} transport=${ev.transport}`;
      const lat = ev.latencyMs !== undefined ? ` (${ev.latencyMs} ms)` : '';
      return `${time(ev.t)}  ${dir(ev.dir)}  ${ev.name.padEnd(NAME_WIDTH)} ${what}${lat}${flagsText(ev.flags)}`;
    }
    case 'v2g': {
      const lat = ev.latencyMs !== undefined ? `(${ev.latencyMs} ms) ` : '';
      const vals = ev.values
        ? Object.entries(ev.values)
            .filter(([k, v]) => !quiet(k, v))
            .map(([k, v]) => valueText(k, v))
            .join(' ')
        : '';
      const body = ev.hex !== undefined ? `${ev.hex.length > 64 ? `${ev.hex.slice(0, 64)}...` : ev.hex}` : vals;
      const err = ev.error ? ` (${ev.error})` : '';
      return `${time(ev.t)}  ${dir(ev.dir)}  ${ev.name.padEnd(NAME_WIDTH)} ${lat}${body}${err}${flagsText(ev.flags)}`;
    }
    case 'tcp': {
      const detail =
        ev.what === 'connect' || ev.what === 'close' || ev.what === 'reset'
          ? `${ev.src} -> ${ev.dst}`
          : `${ev.bytes ?? 0} byte(s)${ev.reason ? ` (${ev.reason})` : ''}`;
      return `${time(ev.t)}  ${dir(ev.dir)}  ${`TCP#${ev.conn} ${ev.what}`.padEnd(NAME_WIDTH)} ${detail}${flagsText(ev.flags)}`;
    }
    case 'malformed':
      return `${time(ev.t)}  ${dir('?')}  ${`malformed ${ev.layer}`.padEnd(NAME_WIDTH)} frame ${ev.frame}: ${ev.error}${flagsText(ev.flags)}`;
    case 'note':
      return `${time(ev.t)}  ${dir('?')}  ${ev.text}${flagsText(ev.flags)}`;
  }
}

/** The summary block (lines joined with newlines, ending in a newline). */
export function renderSummaryText(s: Summary): string {
  const lines: string[] = [];
  lines.push('');
  lines.push(
    `summary: ${s.frames} frames in ${s.durationS.toFixed(1)} s; HomePlug ${s.homeplug}, SDP ${s.sdpCounts.req} req / ${s.sdpCounts.res} res, ` +
      `V2G ${s.v2g} (${s.v2gDecoded} decoded) on ${s.connections} TCP connection(s)`,
  );
  lines.push(
    `  retransmissions ${s.retransmissions}, lost bytes ${s.lostBytes}, malformed ${s.malformed}, anomalies ${s.anomalies}` +
      (s.syslog ? `, syslog lines ${s.syslog}` : ''),
  );
  if (s.broadcastOnly) {
    lines.push('  only broadcasts were visible: the modem does not forward unicast, so the V2G (TCP) part is missing');
  }
  for (const ses of s.sessions) {
    lines.push(
      `session ${ses.index}: ${ses.startS.toFixed(3)} .. ${ses.endS.toFixed(3)} s` +
        (ses.protocol ? `, ${ses.protocol}` : '') +
        `, ended: ${ses.end}` +
        (ses.anomalies ? `, ${ses.anomalies} anomal${ses.anomalies === 1 ? 'y' : 'ies'}` : ''),
    );
    if (ses.evMac || ses.evseMac) lines.push(`  EV ${ses.evMac ?? '?'}  EVSE ${ses.evseMac ?? '?'}`);
    for (const [name, p] of Object.entries(ses.phases)) {
      lines.push(
        `  ${name.padEnd(13)} ${p.startS.toFixed(3).padStart(10)} s  ${String(p.durationMs).padStart(8)} ms  ${p.count} message(s)`,
      );
    }
    if (ses.responseMs) {
      lines.push(
        `  response latency p50 ${ses.responseMs.p50} ms, p99 ${ses.responseMs.p99} ms, max ${ses.responseMs.max} ms`,
      );
    }
    const msgs = Object.entries(ses.messages)
      .map(([k, v]) => `${k} x${v}`)
      .join(', ');
    if (msgs) lines.push(`  messages: ${msgs}`);
    const vals = Object.entries(ses.values)
      .map(([k, v]) => `${k} ${v.min}..${v.max}${v.unit ?? ''}`)
      .join(', ');
    if (vals) lines.push(`  values: ${vals}`);
  }
  return `${lines.join('\n')}\n`;
}
