/**
 * Child process for the veth tests and bench: runs the EVSE or EV SLAC machine on a real interface through cap,
 * `rounds` times (stopping and restarting the actor between rounds), printing one JSON line per report.
 * Usage: node slac-veth-peer.js evse|pev IFACE ROUNDS
 */

import { createActor } from 'xstate';
import { systemClock } from '../../src/core/clock.js';
import { openPcapPort } from '../../src/link/pcap.js';
import { evseSlacMachine } from '../../src/slac/evse.machine.js';
import type { SlacReport } from '../../src/slac/machine-io.js';
import { pevSlacMachine } from '../../src/slac/pev.machine.js';

const [role, iface, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 1);

function out(o: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(o)}\n`);
}

async function main(): Promise<void> {
  const port = await openPcapPort({ iface: iface as string });
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  for (let i = 0; i < rounds; i++) {
    const report = await new Promise<SlacReport>((resolve) => {
      const actor =
        role === 'evse'
          ? createActor(evseSlacMachine, {
              input: { port, clock: systemClock, options: { modem: 'none', attenuation: 'fixed' } },
            })
          : createActor(pevSlacMachine, { input: { port, clock: systemClock, options: { modem: 'none' } } });
      const done = (r: SlacReport) => {
        // stop after the peer had time to see our last frame (a repeated MATCH.REQ is answered meanwhile)
        setTimeout(
          () => {
            actor.stop();
            resolve(r);
          },
          role === 'evse' ? 20 : 0,
        );
      };
      actor.on('slac.matched', done);
      actor.on('slac.failed', done);
      actor.start();
      if (i === 0) out({ ready: true, role });
    });
    out({
      round: i,
      type: report.type,
      ...(report.type === 'slac.matched'
        ? { ms: report.durationMs, nmk: report.nmk.toString('hex'), peer: report.peerMac }
        : { reason: report.reason }),
    });
    if (role === 'pev') await pause(80);
  }
  port.close();
}

main().catch((err: unknown) => {
  out({ error: (err as Error).message });
  process.exit(2);
});
