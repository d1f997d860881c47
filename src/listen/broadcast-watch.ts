/**
 * Whether V2G can be seen from where we listen: once SLAC matched or the EV asked for the SECC, V2G unicast should
 * appear within seconds (SDP + TCP setup); a modem that forwards no unicast shows only broadcasts. Tracks unicast
 * IP frames and when unicast became expected, and says when the `only broadcasts visible` note is due (live:
 * BROADCAST_ONLY_NOTICE_US after the expectation; a capture file: at its end). Knows MACs and times only.
 */

/** After SLAC matched or the EV asked for the SECC, V2G unicast should appear within seconds (SDP + TCP setup). */
export const BROADCAST_ONLY_NOTICE_US = 10_000_000;
export const BROADCAST_ONLY_TEXT =
  'only broadcast/multicast frames visible: the modem does not forward unicast, so V2G (TCP) cannot be seen from here';

export class BroadcastWatch {
  private unicastIpSeen = false;
  /** Capture time of the first SDP request or SLAC match: from then on V2G unicast is expected. */
  private expectUnicastSinceUs: number | undefined;
  private noted = false;

  /** An IP frame to `dstMac`: a unicast destination shows that unicast is forwarded. */
  noteUnicast(dstMac: Buffer): void {
    if ((dstMac[0]! & 1) === 0) this.unicastIpSeen = true;
  }

  /** SLAC matched or SDP started at `tsUs` (the first time counts). */
  expectUnicast(tsUs: number): void {
    this.expectUnicastSinceUs ??= tsUs;
  }

  /** Live: true once, when unicast was expected long enough ago and none was seen. */
  dueLive(nowUs: number): boolean {
    if (this.noted || this.unicastIpSeen || this.expectUnicastSinceUs === undefined) return false;
    if (nowUs - this.expectUnicastSinceUs < BROADCAST_ONLY_NOTICE_US) return false;
    this.noted = true;
    return true;
  }

  /** End of input: whether only broadcasts were visible although SLAC or SDP was, and whether to note it now. */
  atEnd(slacOrSdpSeen: boolean): { broadcastOnly: boolean; noteNow: boolean } {
    const broadcastOnly = slacOrSdpSeen && !this.unicastIpSeen;
    const noteNow = broadcastOnly && !this.noted;
    if (noteNow) this.noted = true;
    return { broadcastOnly, noteNow };
  }
}
