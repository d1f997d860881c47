/**
 * What `piccs evse` / `piccs pev` hand to the role composition root (roles.ts): the role, its interface, protocol,
 * mode, hardware and modem choice, the config, clock and log, and how the run ends (once, timeout, stop signal).
 * Types only.
 */

import type { Config } from '../config/index.js';
import type { Clock } from '../core/clock.js';
import type { Log } from '../core/log.js';
import type { WatchCarrier } from '../netif/carrier.js';
import type { V2gProtocol } from '../v2g/index.js';

export type Role = 'evse' | 'pev';

export interface RoleOptions {
  role: Role;
  config: Config;
  iface: string;
  protocol: V2gProtocol;
  mode: 'dc' | 'ac';
  hw: 'sim' | 'real';
  modem: 'qca' | 'none';
  /** Record everything that crosses the PLC interface during the run to this pcap file (role-pcap.ts). */
  pcap?: string;
  /** End after one session (finished or failed) and report it. */
  once: boolean;
  clock: Clock;
  log: Log;
  /** Give up a `once` run after this long (clock ms). Default 120 s + the charge time. */
  onceTimeoutMs?: number;
  /** Resolves the run early (operator stop, signal): the session is stopped safely. */
  stopSignal?: AbortSignal;
  /** The carrier watcher port (default: sysfs polled every session.carrierPollMs; 0 = not watched). */
  watchCarrier?: WatchCarrier;
}
