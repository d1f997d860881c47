/**
 * V2GTP and SDP costs without a network, then the real TCP path on loopback:
 *  - header encode+decode and SDP datagram encode/decode (CPU per message, ns);
 *  - framer throughput on a CurrentDemand-sized stream delivered in TCP-like chunks (MB/s, messages/s), with the
 *    ratio split-in-chunks / one-message-per-chunk;
 *  - loopback [::1] TCP: connect time and request -> response round trip through V2gServer / connectV2g
 *    (p50/p99/max), the floor under the SECC response time the session layer adds to.
 */

import { systemClock } from '../src/core/clock.js';
import { decodeSdpDatagram, encodeSdpResponseDatagram } from '../src/sdp/sdp.js';
import { V2gtpFramer } from '../src/v2gtp/framer.js';
import { decodeHeader, encodeMessage, PayloadType } from '../src/v2gtp/header.js';
import { connectV2g, type V2gConnection, V2gServer } from '../src/v2gtp/transport.js';

const ROUND_TRIPS = Number(process.env.V2GTP_BENCH_ROUND_TRIPS ?? 2000);
const CONNECTS = Number(process.env.V2GTP_BENCH_CONNECTS ?? 200);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
function report(label: string, xs: number[], unit = 'ms', digits = 3): void {
  const s = [...xs].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(digits);
  console.log(
    `${label.padEnd(56)} n=${String(s.length).padStart(6)}  p50 ${f(pct(s, 50))} ${unit}  p99 ${f(pct(s, 99))} ${unit}  max ${f(s.at(-1) as number)} ${unit}`,
  );
}

// --- pure codecs ----------------------------------------------------------------------------------
/** A CurrentDemandReq-sized EXI payload (~40 bytes in the captures). */
const CD_PAYLOAD = Buffer.alloc(40, 0x5a);
{
  const N = 200_000;
  const frame = encodeMessage(PayloadType.EXI, CD_PAYLOAD);
  let t = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < N; i++) sink += encodeMessage(PayloadType.EXI, CD_PAYLOAD).length;
  const enc = Number(process.hrtime.bigint() - t) / N;
  t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) sink += decodeHeader(frame).payloadLength;
  const dec = Number(process.hrtime.bigint() - t) / N;
  const sdpRes = encodeSdpResponseDatagram({ address: 'fe80::1:2:3:4', port: 50000, security: 0x10, transport: 0 });
  t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) sink += decodeSdpDatagram(sdpRes).kind.length;
  const sdp = Number(process.hrtime.bigint() - t) / N;
  console.log(
    `encodeMessage (40 B payload) ${enc.toFixed(0)} ns; decodeHeader ${dec.toFixed(0)} ns; decodeSdpDatagram (response) ${sdp.toFixed(0)} ns  [${sink > 0 ? 'ok' : ''}]`,
  );
}

// --- framer throughput -----------------------------------------------------------------------------
function framerRun(stream: Buffer, chunk: number): { mbps: number; msgsPerS: number; msgs: number } {
  const f = new V2gtpFramer();
  const t = process.hrtime.bigint();
  let msgs = 0;
  for (let pos = 0; pos < stream.length; pos += chunk) msgs += f.push(stream.subarray(pos, pos + chunk)).length;
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  return { mbps: stream.length / 1e6 / s, msgsPerS: msgs / s, msgs };
}
{
  const frame = encodeMessage(PayloadType.EXI, CD_PAYLOAD);
  const stream = Buffer.concat(Array.from({ length: 100_000 }, () => frame));
  // interleaved repetitions, median per mode: the machine is shared, single runs are noisy
  const modes = [
    ['one message per chunk', frame.length],
    ['split in 17-byte chunks', 17],
    ['packed in 1460-byte segments', 1460],
  ] as const;
  const runs: { mbps: number; msgsPerS: number; msgs: number }[][] = modes.map(() => []);
  for (let rep = 0; rep < 7; rep++) {
    modes.forEach(([, chunk], i) => {
      runs[i]?.push(framerRun(stream, chunk));
    });
  }
  const median = (i: number) => {
    const rs = [...(runs[i] ?? [])].sort((a, b) => a.mbps - b.mbps);
    return rs[rs.length >> 1] as { mbps: number; msgsPerS: number; msgs: number };
  };
  modes.forEach(([name], i) => {
    const r = median(i);
    console.log(
      `framer ${name.padEnd(30)} ${r.mbps.toFixed(1).padStart(7)} MB/s  ${(r.msgsPerS / 1e6).toFixed(2)} M msg/s  (median of 7)`,
    );
  });
  console.log(
    `framer throughput ratio split/whole ${(median(1).mbps / median(0).mbps).toFixed(2)}, packed/whole ${(median(2).mbps / median(0).mbps).toFixed(2)}`,
  );
}

// --- loopback TCP ----------------------------------------------------------------------------------
const RES = Buffer.alloc(30, 0x33);
const server = await V2gServer.listen({
  host: '::1',
  clock: systemClock,
  onConnection: (c) => c.onMessage(() => c.send(RES)),
});

function closed(c: V2gConnection): Promise<void> {
  return new Promise((r) => c.onClose(() => r()));
}

const connectMs: number[] = [];
for (let i = 0; i < CONNECTS; i++) {
  const t = performance.now();
  const c = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
  connectMs.push(performance.now() - t);
  const gone = closed(c);
  c.close();
  await gone;
}
report('loopback TCP connect (connectV2g)', connectMs);

const conn = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
const rtt: number[] = [];
for (let i = 0; i < ROUND_TRIPS; i++) {
  const t = performance.now();
  await new Promise<void>((resolve) => {
    const off = conn.onMessage(() => {
      off();
      resolve();
    });
    conn.send(CD_PAYLOAD);
  });
  rtt.push(performance.now() - t);
}
report('loopback V2GTP round trip (40 B req, 30 B res)', rtt);
conn.close();
await server.close();
