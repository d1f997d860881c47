/** General keys: role, interface, logging. */

import { oneOf, str } from '../spec.js';

export const general = {
  role: oneOf(
    ['evse', 'pev', 'listen', 'sim'],
    'sim',
    'what this Pi is: the charger (evse), the car (pev), a sniffer (listen) or both simulated (sim)',
  ),
  iface: str('eth0', 'network interface the HomePlug modem is connected to (SLAC raw frames, SDP and TCP use it)', {
    pattern: /^[A-Za-z0-9_.:-]{1,15}$/,
    patternHelp: 'a Linux interface name (1..15 characters)',
  }),
  logLevel: oneOf(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    'info',
    'log level; debug logs every frame and message as hex',
  ),
  logFormat: oneOf(
    ['auto', 'pretty', 'json'],
    'auto',
    'auto: readable lines on a terminal, JSON lines otherwise (journald)',
  ),
} as const;
