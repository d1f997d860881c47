/**
 * Peers of link-pipe.bench.ts, run inside network namespaces (test/helpers/netns.ts runInNetns): a frame echo and a
 * pinger over one interface, with cap either in this process ('inproc', as before the capture child existed) or in
 * the capture child ('child', openPcapPort as the roles use it).
 */

import { openCapInProcess } from '../src/link/cap-addon.js';
import { interfaceMac, openPcapPort } from '../src/link/pcap.js';
import type { EthernetPort } from '../src/link/ports.js';
import type { NetnsContext } from '../test/helpers/netns.js';

/** Local experimental EtherType: nothing else on the veth uses it. */
const ETHERTYPE_BENCH = 0x88b5;
const FILTER = `ether proto 0x${ETHERTYPE_BENCH.toString(16)}`;

export interface PeerArg {
  iface: string;
  mode: 'inproc' | 'child';
  rounds?: number;
}

async function open(a: PeerArg): Promise<EthernetPort> {
  const mac = interfaceMac(a.iface);
  return a.mode === 'inproc'
    ? openCapInProcess({ iface: a.iface, filter: FILTER, bufferSize: 1 << 20, mac })
    : openPcapPort({ iface: a.iface, filter: FILTER, mac });
}

function frame(src: Buffer, dst: Buffer, seq: number): Buffer {
  const f = Buffer.alloc(60);
  dst.copy(f, 0);
  src.copy(f, 6);
  f.writeUInt16BE(ETHERTYPE_BENCH, 12);
  f.writeUInt32BE(seq, 14);
  return f;
}

/** Sends every frame from another host straight back (swapped addresses, same sequence number). */
export async function echo(a: PeerArg, ctx: NetnsContext): Promise<void> {
  const port = await open(a);
  port.onFrame((f) => {
    const src = f.subarray(6, 12);
    if (src.equals(port.mac)) return;
    port.send(frame(port.mac, Buffer.from(src), f.readUInt32BE(14)));
  });
  ctx.emit({ type: 'ready' });
  await ctx.stopped;
  port.close();
}

/** Round trips to the echo (broadcast out, its answer back), one at a time with a short pause; RTTs in ms. */
export async function ping(a: PeerArg): Promise<number[]> {
  const port = await open(a);
  const broadcast = Buffer.alloc(6, 0xff);
  const rtts: number[] = [];
  for (let seq = 0; seq < (a.rounds ?? 500); seq++) {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      const off = port.onFrame((f) => {
        if (f.subarray(6, 12).equals(port.mac) || f.readUInt32BE(14) !== seq) return;
        off();
        resolve();
      });
      port.send(frame(port.mac, broadcast, seq));
    });
    rtts.push(performance.now() - t0);
    // SLAC's pace: a frame every few ms, not a flood
    await new Promise((r) => setTimeout(r, 3));
  }
  port.close();
  return rtts;
}
