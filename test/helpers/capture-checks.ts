/**
 * Test helper: what a whole-session capture written by piccs (`sim --pcap`, `evse|pev --pcap`) must show, read by
 * our decoder and by tshark: SLAC, SDP and a V2G TCP connection, wall-clock timestamps, correct checksums, and the
 * same per-message counts as the run's summary.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readCapture } from '../../src/capture/pcap-reader.js';
import { decodeFrames } from '../../src/listen/decoder.js';
import type { Summary } from '../../src/listen/events.js';
import { TSHARK_SKIP, tsharkFrames } from './tshark.js';

/** Decodes `file` and checks it against the run's `messages` counts and its wall-clock span. */
export function checkSessionCapture(
  file: string,
  messages: Record<string, number>,
  span: { startMs: number; endMs: number },
  opts: { modem?: boolean } = {},
): Summary {
  const frames = [...readCapture(readFileSync(file))];
  assert.ok(frames.length > 0, 'the capture holds frames');
  for (const f of [frames[0]!, frames.at(-1)!]) {
    const ms = f.tsUs / 1000;
    // wall clock, not 1970: within the run (a second of slack for the capture process's start)
    assert.ok(ms >= span.startMs - 1000 && ms <= span.endMs + 1000, `timestamp ${new Date(ms).toISOString()}`);
  }
  const { events, summary } = decodeFrames(frames, { modem: opts.modem ?? true });
  assert.equal(summary.malformed, 0);
  assert.equal(summary.broadcastOnly, false, 'unicast is visible in our own capture');
  assert.ok(summary.homeplug > 0, 'SLAC frames recorded');
  assert.ok(summary.sdpCounts.req >= 1 && summary.sdpCounts.res >= 1, JSON.stringify(summary.sdpCounts));
  assert.ok(summary.connections >= 1, 'the V2G TCP connection');
  const flags = events.flatMap((e) => e.flags ?? []).filter((f) => /checksum/i.test(f));
  assert.deepEqual(flags, [], 'no wrong checksums');
  // the per-message counts of the run's summary, message by message
  const decoded: Record<string, number> = {};
  for (const s of summary.sessions) {
    for (const [name, n] of Object.entries(s.messages)) decoded[name] = (decoded[name] ?? 0) + n;
  }
  for (const [name, n] of Object.entries(messages)) assert.equal(decoded[name], n, `${name}: decoded vs summary`);
  return summary;
}

/** tshark's view: HomePlug AV, IPv6/UDP and IPv6/TCP with data, every checksum good, no TCP analysis warnings. */
export function checkWithTshark(file: string): { homeplug: number; udp: number; tcp: number } | undefined {
  if (TSHARK_SKIP) return undefined;
  const frames = tsharkFrames(file);
  const has = (p: string) => frames.filter((f) => f.protocols.split(':').includes(p)).length;
  const counts = {
    homeplug: has('homeplug-av'),
    udp: frames.filter((f) => /:ipv6:udp/.test(f.protocols)).length,
    tcp: frames.filter((f) => /:ipv6:tcp/.test(f.protocols)).length,
  };
  assert.ok(counts.homeplug > 0, 'tshark dissects HomePlug AV');
  assert.ok(counts.udp > 0, 'tshark dissects IPv6/UDP');
  assert.ok(
    frames.some((f) => /:ipv6:tcp:data/.test(f.protocols)),
    'tshark dissects IPv6/TCP with data',
  );
  // checksum status: 1 = good, 0 = bad, 2 = not checked
  assert.deepEqual(
    frames.filter((f) => f.udpChecksumStatus === '0' || f.tcpChecksumStatus === '0'),
    [],
    'checksums',
  );
  const noisy = frames.filter((f) => /retransmission|lost|out_of_order|zero_window|window_full/i.test(f.tcpAnalysis));
  assert.deepEqual(noisy, [], 'no TCP analysis warnings');
  return counts;
}
