/**
 * The listener's decoder: captured Ethernet frames in, timeline events out. The same code serves
 * `piccs decode FILE` and `piccs listen --iface IF` (push frames as they come, then finish()).
 *
 * Per frame: dissect -> HomePlug MME (decode-homeplug.ts, named by slac/), SDP (decode-sdp.ts, sdp/ codec), or
 * TCP (decode-tcp.ts): per-connection, per-direction reassembly -> V2GTP messages -> EXI documents (decode-v2g.ts;
 * AppHandshake first on each connection, then the negotiated schema). Roles (EV/EVSE) are inferred from the
 * messages. Anomalies become `flags` on the event concerned. Malformed frames become `malformed` events; decoding
 * goes on. This file owns the dispatch, pyPLC's syslog, the live tick, the end of input and the summary; the
 * layers share one Timeline (timeline.ts) and the broadcast-only watch (broadcast-watch.ts).
 */

import { SDP_SERVER_PORT } from '../sdp/sdp.js';
import { BROADCAST_ONLY_TEXT, BroadcastWatch } from './broadcast-watch.js';
import { HomePlugDecoder } from './decode-homeplug.js';
import { SdpDecoder } from './decode-sdp.js';
import { TcpDecoder } from './decode-tcp.js';
import { V2gDecoder } from './decode-v2g.js';
import { type Dissected, dissect } from './dissect.js';
import type { Direction, Summary, TimelineEvent } from './events.js';
import { type ExiDecodeFn, projectExiDecoder } from './exi-hook.js';
import { Timeline } from './timeline.js';

export { BROADCAST_ONLY_NOTICE_US, BROADCAST_ONLY_TEXT } from './broadcast-watch.js';

/** pyPLC logs over UDP syslog (IPv4 broadcast, port 514) into its own captures (pyplc-notes.md). */
const SYSLOG_PORT = 514;

export interface ListenOptions {
  /** EXI decoder; defaults to the project's codec when available. Pass `null` to show hex only. */
  exi?: ExiDecodeFn | null;
  /** Emit pyPLC's UDP syslog lines as note events (default: counted only). */
  syslog?: boolean;
  /** False when the link has no HomePlug modem (veth, direct cable): no `only broadcasts visible` note. */
  modem?: boolean;
}

export interface FrameIn {
  tsUs: number;
  data: Buffer;
}

export class ListenDecoder {
  private readonly syslog: boolean;
  private readonly t = new Timeline();
  private readonly watch: BroadcastWatch;
  private readonly homeplug: HomePlugDecoder;
  private readonly sdp: SdpDecoder;
  private readonly v2g: V2gDecoder;
  private readonly tcp: TcpDecoder;

  constructor(opts: ListenOptions = {}) {
    this.watch = new BroadcastWatch(opts.modem ?? true);
    this.homeplug = new HomePlugDecoder(this.t, this.watch);
    this.sdp = new SdpDecoder(this.t, this.watch);
    this.v2g = new V2gDecoder(this.t, opts.exi === null ? undefined : (opts.exi ?? projectExiDecoder));
    this.tcp = new TcpDecoder(this.t, (c, ds, payloadType, payload, tsUs) =>
      this.v2g.onMessage(c, ds, payloadType, payload, tsUs),
    );
    this.syslog = opts.syslog ?? false;
  }

  /** Decode one frame; returns the events it completed (possibly none). */
  push(frame: FrameIn): TimelineEvent[] {
    const t = this.t;
    t.begin();
    t.frame(frame.tsUs);
    let d: Dissected;
    try {
      d = dissect(frame.data);
    } catch (err) {
      t.malformed(frame.tsUs, 'frame', err);
      return t.out;
    }
    try {
      switch (d.kind) {
        case 'homeplug':
          this.watch.noteHomePlug(d.eth.dst, d.eth.src);
          this.homeplug.onFrame(d, frame.data, frame.tsUs);
          break;
        case 'udp6':
          this.watch.noteUnicast(d.eth.dst);
          if (d.udp.srcPort === SDP_SERVER_PORT || d.udp.dstPort === SDP_SERVER_PORT) {
            this.sdp.onDatagram(d, frame.tsUs);
          }
          break;
        case 'tcp6':
          this.watch.noteUnicast(d.eth.dst);
          this.tcp.onSegment(d, frame.tsUs);
          break;
        case 'udp4':
          if (d.udp.dstPort === SYSLOG_PORT) this.onSyslog(d.udp.payload, frame.tsUs);
          else this.watch.noteUnicast(d.eth.dst);
          break;
        case 'icmp6':
        case 'ip6-other':
        case 'ip4-other':
          this.watch.noteUnicast(d.eth.dst);
          break;
        default:
          break;
      }
    } catch (err) {
      t.malformed(frame.tsUs, d.kind, err);
    }
    return t.out;
  }

  /**
   * Live mode only (about once a second, with the current capture-clock time): expires TCP gaps older than
   * STREAM_GAP_TIMEOUT_US and says so once when, BROADCAST_ONLY_NOTICE_US after SLAC matched or SDP started, still
   * no unicast frame was seen. A capture file is judged at its end instead (finish), where the whole file is known.
   */
  tick(nowUs: number): TimelineEvent[] {
    const t = this.t;
    t.begin();
    t.lastUs = Math.max(t.lastUs, nowUs);
    this.tcp.expireGaps(nowUs);
    if (this.watch.dueLive(nowUs)) t.emitNote(nowUs, BROADCAST_ONLY_TEXT, ['only broadcasts visible']);
    return t.out;
  }

  /** End of input: flush every TCP stream (held data, lost gaps), emit closing notes and the summary. */
  finish(): { events: TimelineEvent[]; summary: Summary } {
    const t = this.t;
    t.begin();
    for (const conn of this.tcp.all) {
      this.tcp.flush(conn, t.lastUs);
      this.v2g.finish(conn);
    }
    const { broadcastOnly, noteNow } = this.watch.atEnd(t.counts.homeplug + t.counts.sdpReq > 0);
    if (noteNow) t.emitNote(t.lastUs, BROADCAST_ONLY_TEXT, ['only broadcasts visible']);
    const summary: Summary = {
      type: 'summary',
      frames: t.frameNo,
      durationS: t.rel(t.lastUs),
      homeplug: t.counts.homeplug,
      sdpCounts: { req: t.counts.sdpReq, res: t.counts.sdpRes },
      v2g: t.counts.v2g,
      v2gDecoded: t.counts.v2gDecoded,
      connections: this.tcp.all.length,
      retransmissions: t.counts.retransmissions,
      lostBytes: t.counts.lostBytes,
      malformed: t.counts.malformed,
      syslog: t.counts.syslog,
      anomalies: t.counts.anomalies,
      broadcastOnly,
      sessions: t.sessions.finish(t.roles),
    };
    return { events: t.out, summary };
  }

  private onSyslog(payload: Buffer, tsUs: number): void {
    const t = this.t;
    t.counts.syslog++;
    if (!this.syslog) return;
    const text = payload.toString('latin1').replace(/[\r\n]+$/, '');
    t.emit({ type: 'note', t: t.rel(tsUs), frame: t.frameNo, text: `syslog: ${text}` });
  }
}

/** Convenience for files and tests: decode all frames, return every event and the summary. */
export function decodeFrames(
  frames: Iterable<FrameIn>,
  opts: ListenOptions = {},
): { events: TimelineEvent[]; summary: Summary } {
  const dec = new ListenDecoder(opts);
  const events: TimelineEvent[] = [];
  for (const f of frames) for (const e of dec.push(f)) events.push(e);
  const end = dec.finish();
  return { events: [...events, ...end.events], summary: end.summary };
}

export type { Direction };
