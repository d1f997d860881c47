/**
 * The process the watchdog test stops and kills: the real watchdog (sd_notify through $NOTIFY_SOCKET, heartbeat
 * toggled from the event loop) driving two "pins" that are lines on fd 3, stamped with CLOCK_MONOTONIC ms, as a
 * logic analyser on the heartbeat and contactor wires would see them. It closes the contactor once running.
 * Not a test file itself (no .test. in the name).
 */

import { createWriteStream } from 'node:fs';
import { systemClock } from '../../../src/core/clock.js';
import type { DigitalOut } from '../../../src/hal/ports.js';
import { startWatchdog } from '../../../src/hal/watchdog/index.js';

const wire = createWriteStream('', { fd: 3 });
// CLOCK_MONOTONIC in ms: one clock for this process, the test process and the python listener
const now = () => (Number(process.hrtime.bigint()) / 1e6).toFixed(2);

function pin(name: string): DigitalOut {
  let v = false;
  return {
    set: (on) => {
      v = on;
      wire.write(`${name}${on ? 1 : 0} ${now()} ${process.pid}\n`);
    },
    get: () => v,
  };
}

const contactor = pin('C');
contactor.set(false); // requested at the safe level first (what the real gpio adapters do)
startWatchdog({ env: process.env, clock: systemClock, heartbeat: pin('H') });
setTimeout(() => contactor.set(true), 200);
setInterval(() => {}, 1 << 30);
