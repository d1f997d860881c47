import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCapture } from '../../src/capture/pcap-reader.js';
import { PcapStreamWriter } from '../../src/capture/pcap-writer.js';
import { ManualClock } from '../../src/core/clock.js';
import type { FrameHandler } from '../../src/link/ports.js';
import { BROADCAST_ONLY_TEXT } from '../../src/listen/decoder.js';
import type { Summary, TimelineEvent } from '../../src/listen/events.js';
import { LiveListener } from '../../src/listen/live.js';
import { BCAST, EV_MAC, EVSE_MAC, mme } from './frames.js';

class FakePort {
  handlers = new Set<FrameHandler>();
  closed = false;
  onFrame(h: FrameHandler) {
    this.handlers.add(h);
    return () => this.handlers.delete(h);
  }
  close() {
    this.closed = true;
  }
  emit(frame: Buffer) {
    for (const h of this.handlers) h(frame);
  }
}

function setup() {
  const clock = new ManualClock(0);
  const port = new FakePort();
  const events: TimelineEvent[] = [];
  const summaries: Summary[] = [];
  const chunks: Buffer[] = [];
  const pcap = new PcapStreamWriter((c) => chunks.push(c));
  let recorderClosed = false;
  const listener = new LiveListener({
    port,
    clock,
    nowUs: () => 1_700_000_000_000_000 + clock.now() * 1000,
    writer: { events: (e) => events.push(...e), summary: (s) => summaries.push(s) },
    recorder: { append: (f) => pcap.append(f), close: () => (recorderClosed = true) },
  });
  return { clock, port, events, summaries, chunks, listener, recorderClosed: () => recorderClosed };
}

describe('live listener', () => {
  it('decodes frames as they arrive, records them, and writes the summary on stop', () => {
    const t = setup();
    t.listener.start();
    t.port.emit(mme(BCAST, EV_MAC, 0x6064));
    t.clock.advance(60);
    t.port.emit(mme(EV_MAC, EVSE_MAC, 0x6065, Buffer.alloc(40)));
    assert.deepEqual(
      t.events.map((e) => (e.type === 'homeplug' ? e.name : e.type)),
      ['CM_SLAC_PARM.REQ', 'CM_SLAC_PARM.CNF'],
    );
    const cnf = t.events[1]!;
    assert.ok(cnf.type === 'homeplug' && cnf.latencyMs === 60 && cnf.dir === 'EVSE -> EV');
    const summary = t.listener.stop()!;
    assert.equal(summary.homeplug, 2);
    assert.equal(t.summaries.length, 1);
    assert.equal(t.port.closed, true);
    assert.equal(t.recorderClosed(), true);
    const recorded = [...readCapture(Buffer.concat(t.chunks))];
    assert.equal(recorded.length, 2);
    assert.equal(recorded[1]!.tsUs - recorded[0]!.tsUs, 60_000);
    assert.equal(t.listener.stop(), undefined, 'stop is idempotent');
    t.port.emit(mme(BCAST, EV_MAC, 0x6064));
    assert.equal(t.events.length, 2 + 1, 'no frames after stop (only the final note)');
  });

  it('says so while running when SLAC matched but no unicast shows up', () => {
    const t = setup();
    t.listener.start();
    t.port.emit(mme(EV_MAC, EVSE_MAC, 0x607d, Buffer.alloc(100)));
    t.clock.advance(5000);
    assert.ok(!t.events.some((e) => e.type === 'note'));
    t.clock.advance(6000);
    const note = t.events.find((e) => e.type === 'note');
    assert.ok(note && note.type === 'note' && note.text === BROADCAST_ONLY_TEXT);
    const s = t.listener.stop()!;
    assert.equal(s.broadcastOnly, true);
    assert.equal(t.events.filter((e) => e.type === 'note').length, 1, 'said once');
  });
});
