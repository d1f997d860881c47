/**
 * `piccs evse|pev --pcap FILE`: records what crosses the PLC interface during the run into a pcap file. A second
 * capture process (link/pcap.ts, no filter) sees every frame on the interface in both directions: the raw SLAC
 * frames, the modem's management frames, and the kernel's own IPv6 traffic (neighbour discovery, SDP over UDP, the
 * V2G TCP connection), as the real frames with their real checksums. Frames are stamped with the wall clock when
 * they arrive; a checksum left for the network card (checksum offload) is completed as the card sends it
 * (capture/offload.ts). The recording follows the interface like the raw port does: reopened after the interface
 * came back. Frames are written as they come, so a killed run still leaves a valid file.
 */

import { completeOffloadedChecksum } from '../capture/offload.js';
import { PcapFileWriter } from '../capture/pcap-writer.js';
import type { Clock } from '../core/clock.js';
import type { Log } from '../core/log.js';
import { LISTEN_FILTER, openPcapPort } from '../link/pcap.js';
import { ReopeningPort } from '../link/reopening-port.js';
import { readCarrier } from '../netif/carrier.js';

/** After the run ends, frames still on their way from the capture process (the last ACK and FIN) get this long. */
export const PCAP_DRAIN_MS = 300;

export interface RolePcap {
  /** Frames written so far. */
  readonly frames: number;
  /** Waits PCAP_DRAIN_MS, stops the capture and closes the file. */
  close(): Promise<void>;
}

/** Wall-clock microseconds since the epoch. */
const wallUs = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);

export async function openRolePcap(o: { iface: string; path: string; clock: Clock; log: Log }): Promise<RolePcap> {
  const writer = new PcapFileWriter(o.path);
  let port: ReopeningPort;
  try {
    port = await ReopeningPort.open({
      open: () => openPcapPort({ iface: o.iface, filter: LISTEN_FILTER, log: o.log }),
      clock: o.clock,
      canOpen: () => readCarrier(o.iface).up,
      log: o.log,
    });
  } catch (err) {
    writer.close();
    throw err;
  }
  const off = port.onFrame((frame) => writer.append({ tsUs: wallUs(), data: completeOffloadedChecksum(frame) }));
  o.log.info({ iface: o.iface, file: o.path }, 'recording the PLC interface to pcap');
  let closed = false;
  return {
    get frames() {
      return writer.frameCount;
    },
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => o.clock.setTimeout(() => resolve(), PCAP_DRAIN_MS));
      off();
      port.close();
      writer.close();
      o.log.info({ file: o.path, frames: writer.frameCount }, 'pcap recording closed');
    },
  };
}
