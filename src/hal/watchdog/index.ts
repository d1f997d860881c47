/**
 * The watchdogs of a running role (hw/watchdog.md):
 * - systemd's: READY=1 once started, then WATCHDOG=1 from the event loop every half of $WATCHDOG_USEC; when
 *   the pings stop (hung) systemd kills and restarts the service (WatchdogSec in deploy/systemd/piccs@.service),
 *   and the restarted piccs requests every output at its safe level (glitch-free, src/hal/real/gpio.ts);
 * - the hardware one: the heartbeat pin (`hal.watchdog.gpio`) that keeps the external monostable gating the
 *   contactor and CP drivers retriggered. This one bounds the time to safe (WATCHDOG_MONOSTABLE_MS).
 */

import type { Clock, TimerHandle } from '../../core/clock.js';
import type { DigitalOut } from '../ports.js';
import { startHeartbeat } from './heartbeat.js';
import { openSdNotify, type SdNotifier } from './sd-notify.js';

export { HEARTBEAT_TOGGLE_MS, startHeartbeat, WATCHDOG_MONOSTABLE_MS } from './heartbeat.js';
export { openSdNotify } from './sd-notify.js';

export interface WatchdogOptions {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** The heartbeat pin of the external monostable, when the board has one. */
  heartbeat?: DigitalOut;
  log?: { warn(msg: string): void };
  python?: string;
}

export interface Watchdog {
  /** The interval of the systemd pings (ms), undefined when systemd asks for none. */
  pingMs: number | undefined;
  stop(): void;
}

/** The systemd watchdog interval this process must keep, from WATCHDOG_USEC / WATCHDOG_PID (sd_watchdog_enabled(3)). */
export function systemdWatchdogMs(env: NodeJS.ProcessEnv, pid = process.pid): number | undefined {
  const usec = Number(env.WATCHDOG_USEC);
  if (!(usec > 0)) return undefined;
  if (env.WATCHDOG_PID !== undefined && Number(env.WATCHDOG_PID) !== pid) return undefined;
  return usec / 1000;
}

export function startWatchdog(o: WatchdogOptions): Watchdog {
  const notifier: SdNotifier | undefined = openSdNotify({
    env: o.env,
    ...(o.python ? { python: o.python } : {}),
    onError: (m) => o.log?.warn(m),
  });
  const heartbeat = o.heartbeat ? startHeartbeat(o.heartbeat, o.clock) : undefined;
  notifier?.notify('READY=1');
  const watchdogMs = notifier ? systemdWatchdogMs(o.env) : undefined;
  const pingMs = watchdogMs === undefined ? undefined : watchdogMs / 2;
  let timer: TimerHandle | undefined;
  if (pingMs !== undefined && notifier) {
    const ping = () => {
      notifier.notify('WATCHDOG=1');
      timer = o.clock.setTimeout(ping, pingMs);
    };
    ping();
  }
  return {
    pingMs,
    stop: () => {
      if (timer !== undefined) o.clock.clearTimeout(timer);
      heartbeat?.stop();
      notifier?.notify('STOPPING=1');
      notifier?.close();
    },
  };
}
