/**
 * The session's `comm` child per role (SDP + TCP on the real interface). EVSE: the SECC listens and answers SDP for
 * the whole run and the child only takes the next connection; PEV: the child runs SDP and connects to the announced
 * endpoint. Both stamp the summary's sdpMs on the current recorder. Knows nothing about EXI or the V2G messages.
 */

import { type AnyActorLogic, type AnyEventObject, fromCallback } from 'xstate';
import type { Log } from '../core/log.js';
import type { LogLimiter } from '../core/log-limit.js';
import type { SessionEvent } from '../session/events.js';
import { connectEvccComm, type SeccComm, startSeccComm, type V2gConnection } from '../v2gtp/transport.js';
import type { RoleOptions } from './role-options.js';
import type { RoleRecorders } from './role-recorder.js';

/** EVSE: starts the SECC's SDP server and TCP listener; `close` stops them at the end of the run. */
export async function evseComm(
  o: RoleOptions,
  log: Log,
  recs: RoleRecorders,
  logLimiter: LogLimiter,
): Promise<{ comm: AnyActorLogic; close: () => Promise<void> | void }> {
  const { clock } = o;
  let deliver: ((c: V2gConnection) => void) | undefined;
  const secc: SeccComm = await startSeccComm({
    iface: o.iface,
    clock,
    log: o.log,
    logLimiter,
    onSdpRequest: () => recs.current.sdpRequest(clock.now()),
    onSdpAnswer: () => recs.current.sdpAnswered(clock.now()),
    onConnection: (c) => {
      recs.current.connected();
      if (deliver) deliver(c);
      else {
        logLimiter.line(log, 'TCP connect', 'warn', {}, 'TCP connection while no session waits for one: closed');
        c.close();
      }
    },
  });
  const close = () => secc.close();
  log.info({ address: secc.address, port: secc.port }, 'SECC listening');
  const comm = fromCallback<AnyEventObject>(({ sendBack }) => {
    deliver = (connection) => {
      deliver = undefined;
      sendBack({ type: 'comm.connected', connection, peer: 'car' } satisfies SessionEvent);
    };
    return () => {
      deliver = undefined;
    };
  });
  return { comm, close };
}

/** PEV: SDP then a TCP connection to the SECC, once per session. */
export function pevComm(o: RoleOptions, recs: RoleRecorders): AnyActorLogic {
  const { clock } = o;
  return fromCallback<AnyEventObject>(({ sendBack }) => {
    const abort = new AbortController();
    recs.current.sdpStartAt = clock.now();
    connectEvccComm({ iface: o.iface, clock, log: o.log, signal: abort.signal }).then(
      (r) => {
        const rec = recs.current;
        rec.sdpDoneAt = rec.sdpStartAt === undefined ? undefined : rec.sdpStartAt + r.sdpMs;
        if (abort.signal.aborted) {
          r.connection.close();
          return;
        }
        sendBack({
          type: 'comm.connected',
          connection: r.connection,
          peer: `[${r.secc.address}]:${r.secc.port}`,
        } satisfies SessionEvent);
      },
      (err: unknown) => {
        if (!abort.signal.aborted) {
          sendBack({ type: 'comm.failed', reason: (err as Error).message } satisfies SessionEvent);
        }
      },
    );
    return () => abort.abort('comm child stopped');
  });
}
