/**
 * The two sides of the SDP + V2GTP veth test, run inside network namespaces by test/helpers/netns.ts (runInNetns).
 * evse: SECC TCP server on the interface's link-local address + SDP server announcing it; answers every message.
 * pev: SDP by link-local multicast, TCP connect to the announced endpoint, V2GTP round trips, timings.
 */

import { systemClock } from '../../src/core/clock.js';
import { decodeExi } from '../../src/exi/index.js';
import { readInterface, waitForLinkLocal } from '../../src/netif/netif.js';
import { discoverSecc } from '../../src/sdp/client.js';
import { SdpServer } from '../../src/sdp/server.js';
import { connectEvccComm, startSeccComm } from '../../src/v2gtp/comm.js';
import { createExiPort } from '../../src/v2gtp/exi-port.js';
import { connectV2g, type V2gCloseInfo, type V2gConnection, V2gServer } from '../../src/v2gtp/transport.js';
import type { NetnsContext } from '../helpers/netns.js';

/** supportedAppProtocolReq / Res payloads (ABB capture #439 / #444). */
export const SAP_REQ = Buffer.from('8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040', 'hex');
export const SAP_RES = Buffer.from('80400040', 'hex');

const now = () => performance.now();

export interface EvseArgs {
  iface: string;
  /** true: wait for DAD with waitForLinkLocal; false: listen on the (maybe tentative) address right away */
  waitDad: boolean;
}

export interface EvseResult {
  connections: number;
  rejected: number;
  sdpRequests: number;
  closes: string[];
}

export async function evse(args: EvseArgs, ctx: NetnsContext): Promise<EvseResult> {
  const t0 = now();
  let linkLocal: string | undefined;
  if (args.waitDad) {
    linkLocal = (await waitForLinkLocal(args.iface, { clock: systemClock, timeoutMs: 5000 })).linkLocal;
  } else {
    // the address exists (tentative while DAD runs) as soon as the link is up
    for (let i = 0; i < 100 && !linkLocal; i++) {
      linkLocal = readInterface(args.iface).linkLocal;
      if (!linkLocal) await new Promise((r) => setTimeout(r, 20));
    }
  }
  if (!linkLocal) throw new Error(`no link-local address on ${args.iface}`);
  const state = readInterface(args.iface).linkLocalState;
  const closes: string[] = [];
  let connections = 0;
  const server = await V2gServer.listen({
    host: `${linkLocal}%${args.iface}`,
    clock: systemClock,
    onConnection: (conn) => {
      connections++;
      ctx.emit({ type: 'connected', peer: conn.peer });
      conn.onMessage(() => conn.send(SAP_RES));
      conn.onClose((i) => closes.push(i.by));
    },
  });
  const listenMs = now() - t0;
  const sdp = await SdpServer.start({ iface: args.iface, endpoint: { address: linkLocal, port: server.port } });
  ctx.emit({
    type: 'ready',
    address: linkLocal,
    port: server.port,
    listenMs,
    stateAtStart: state,
    mac: readInterface(args.iface).mac,
  });
  await ctx.stopped;
  await sdp.close();
  await server.close();
  return { connections, rejected: server.rejected, sdpRequests: sdp.stats.requests, closes };
}

export interface PevArgs {
  iface: string;
  rounds: number;
  /** in round 0, connect a second client while the first is served, then check the first still works */
  secondClient: boolean;
}

export interface PevRound {
  sdpMs: number;
  sdpRequests: number;
  seccAddress: string;
  seccPort: number;
  connectMs: number;
  roundTripMs: number;
  /** SDP start -> first response on TCP */
  totalMs: number;
}

export interface PevResult {
  rounds: PevRound[];
  second?: { closedBy: string; firstStillWorks: boolean };
}

function nextMessage(conn: V2gConnection): Promise<Buffer> {
  return new Promise((resolve) => {
    const off = conn.onMessage((p) => {
      off();
      resolve(Buffer.from(p));
    });
  });
}

function closed(conn: V2gConnection): Promise<V2gCloseInfo> {
  return new Promise((resolve) => conn.onClose(resolve));
}

export async function pev(args: PevArgs): Promise<PevResult> {
  const rounds: PevRound[] = [];
  let second: PevResult['second'];
  for (let r = 0; r < args.rounds; r++) {
    const t0 = now();
    const secc = await discoverSecc({ iface: args.iface, clock: systemClock });
    const t1 = now();
    const conn = await connectV2g({ host: secc.address, port: secc.port, clock: systemClock });
    const t2 = now();
    const res = nextMessage(conn);
    conn.send(SAP_REQ);
    const got = await res;
    const t3 = now();
    if (!got.equals(SAP_RES)) throw new Error(`unexpected response ${got.toString('hex')}`);
    rounds.push({
      sdpMs: t1 - t0,
      sdpRequests: secc.requests,
      seccAddress: secc.address,
      seccPort: secc.port,
      connectMs: t2 - t1,
      roundTripMs: t3 - t2,
      totalMs: t3 - t0,
    });
    if (r === 0 && args.secondClient) {
      const intruder = await connectV2g({ host: secc.address, port: secc.port, clock: systemClock });
      const gone = closed(intruder);
      intruder.send(SAP_REQ);
      const info = await gone;
      const again = nextMessage(conn);
      conn.send(SAP_REQ);
      const ok = (await again).equals(SAP_RES) && !conn.closed;
      second = { closedBy: info.by, firstStillWorks: ok };
    }
    const done = closed(conn);
    conn.close('round done');
    await done;
  }
  return { rounds, second };
}

/** SECC via startSeccComm + EXI port: answers supportedAppProtocolReq documents with a Res. */
export async function evseComm(args: { iface: string }, ctx: NetnsContext): Promise<{ requests: number }> {
  let requests = 0;
  const comm = await startSeccComm({
    iface: args.iface,
    clock: systemClock,
    onConnection: (conn) => {
      const port = createExiPort(conn);
      port.subscribe((e) => {
        if (e.type !== 'message') return;
        requests++;
        port.send({ supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 } }, 'apphand');
      });
    },
  });
  ctx.emit({ type: 'ready', address: comm.address, port: comm.port, mac: comm.mac });
  await ctx.stopped;
  await comm.close();
  return { requests };
}

/** EVCC via connectEvccComm + EXI port: one supportedAppProtocol exchange. */
export async function pevComm(args: { iface: string }): Promise<{ doc: unknown; sdpMs: number; connectMs: number }> {
  const comm = await connectEvccComm({ iface: args.iface, clock: systemClock });
  const port = createExiPort(comm.connection);
  const reply = new Promise<unknown>((resolve) =>
    port.subscribe((e) => {
      if (e.type === 'message') resolve(e.doc);
    }),
  );
  port.send(decodeExi(SAP_REQ, 'apphand'), 'apphand');
  const doc = await reply;
  port.close();
  return { doc, sdpMs: comm.sdpMs, connectMs: comm.connectMs };
}
