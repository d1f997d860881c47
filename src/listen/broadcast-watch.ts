/**
 * Whether V2G can be seen from where we listen: once SLAC matched or the EV asked for the SECC, V2G unicast should
 * appear within seconds (SDP + TCP setup); a modem that forwards no unicast shows only broadcasts. Tracks unicast
 * frames and when unicast became expected, and says when the `only broadcasts visible` note is due (live:
 * BROADCAST_ONLY_NOTICE_US after the expectation; a capture file: at its end). Knows MACs and times only.
 * Unicast counts as visible after a unicast IP frame, or unicast HomePlug frames both ways between the same two
 * stations (the EV's CM_SLAC_MATCH.REQ and the EVSE's confirmation). One-way unicast HomePlug frames do not count:
 * a listening modem passes on the EVSE's SLAC answers sent before the car's modem joined, and its own answers to
 * its host, yet no unicast between EV and EVSE (pyPLC's listen-mode captures). On a link without a modem (a veth
 * pair, a direct cable) the note never applies.
 */

/** After SLAC matched or the EV asked for the SECC, V2G unicast should appear within seconds (SDP + TCP setup). */
export const BROADCAST_ONLY_NOTICE_US = 10_000_000;
export const BROADCAST_ONLY_TEXT =
  'only broadcast/multicast frames visible: the modem does not forward unicast, so V2G (TCP) cannot be seen from here';

/** Unicast HomePlug pairs remembered (bounded: garbage input must not grow the set without limit). */
const MAX_PAIRS = 256;

export class BroadcastWatch {
  private unicastSeen = false;
  /** `src>dst` of unicast HomePlug frames seen. */
  private readonly pairs = new Set<string>();
  /** Capture time of the first SDP request or SLAC match: from then on V2G unicast is expected. */
  private expectUnicastSinceUs: number | undefined;
  private noted = false;

  /** `modem`: false when the link has no modem (the note never applies). */
  constructor(private readonly modem = true) {}

  /** An IP frame to `dstMac`: a unicast destination shows that unicast is forwarded. */
  noteUnicast(dstMac: Buffer): void {
    if ((dstMac[0]! & 1) === 0) this.unicastSeen = true;
  }

  /** A HomePlug frame from `srcMac` to `dstMac`: unicast both ways between the same two stations counts. */
  noteHomePlug(dstMac: Buffer, srcMac: Buffer): void {
    if (this.unicastSeen || (dstMac[0]! & 1) !== 0) return;
    const there = `${srcMac.toString('hex')}>${dstMac.toString('hex')}`;
    const back = `${dstMac.toString('hex')}>${srcMac.toString('hex')}`;
    if (this.pairs.has(back)) {
      this.unicastSeen = true;
      return;
    }
    if (this.pairs.size >= MAX_PAIRS) this.pairs.clear();
    this.pairs.add(there);
  }

  /** SLAC matched or SDP started at `tsUs` (the first time counts). */
  expectUnicast(tsUs: number): void {
    this.expectUnicastSinceUs ??= tsUs;
  }

  /** Live: true once, when unicast was expected long enough ago and none was seen. */
  dueLive(nowUs: number): boolean {
    if (!this.modem || this.noted || this.unicastSeen || this.expectUnicastSinceUs === undefined) return false;
    if (nowUs - this.expectUnicastSinceUs < BROADCAST_ONLY_NOTICE_US) return false;
    this.noted = true;
    return true;
  }

  /** End of input: whether only broadcasts were visible although SLAC or SDP was, and whether to note it now. */
  atEnd(slacOrSdpSeen: boolean): { broadcastOnly: boolean; noteNow: boolean } {
    const broadcastOnly = this.modem && slacOrSdpSeen && !this.unicastSeen;
    const noteNow = broadcastOnly && !this.noted;
    if (noteNow) this.noted = true;
    return { broadcastOnly, noteNow };
  }
}
