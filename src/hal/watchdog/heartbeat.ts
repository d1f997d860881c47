/**
 * The heartbeat a hardware watchdog listens to: one GPIO toggled from the event loop. An external retriggerable
 * monostable (74HC123, hw/watchdog.md) is retriggered by every rising edge and gates the contactor and CP drivers:
 * when piccs hangs (event loop blocked, SIGSTOP) or dies (SIGKILL, crash: the kernel leaves the pin at its last
 * level) the edges stop and the monostable drops the drivers within its period, whatever the pins then do.
 */

import type { Clock, TimerHandle } from '../../core/clock.js';
import type { DigitalOut } from '../ports.js';

/** Time between two level changes of the heartbeat pin: a rising edge every 50 ms. */
export const HEARTBEAT_TOGGLE_MS = 25;
/**
 * The monostable's period (hw/watchdog.md: 74HC123, R = 220 kOhm, C = 2.2 uF, t = 0.45 R C = 218 ms): the
 * worst-case time from the last heartbeat edge to the drivers being cut. It tolerates event-loop stalls of
 * up to about 165 ms (t minus the 50 ms between rising edges) before it trips (which is safe, not harmful).
 */
export const WATCHDOG_MONOSTABLE_MS = 0.45 * 220e3 * 2.2e-6 * 1000;

export interface Heartbeat {
  stop(): void;
}

/** Toggle `pin` every `toggleMs` on `clock` until stopped; the pin is left low when stopped. */
export function startHeartbeat(pin: DigitalOut, clock: Clock, toggleMs = HEARTBEAT_TOGGLE_MS): Heartbeat {
  let level = false;
  let timer: TimerHandle | undefined;
  const tick = () => {
    level = !level;
    pin.set(level);
    timer = clock.setTimeout(tick, toggleMs);
  };
  tick();
  return {
    stop: () => {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      pin.set(false);
    },
  };
}
