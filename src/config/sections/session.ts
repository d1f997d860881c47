/**
 * Session keys: which protocol and charging mode the roles use (CLI --protocol/--mode override them), and how the
 * evse/pev roles watch the PLC interface's carrier (src/netif/carrier.ts).
 */

import { int, oneOf } from '../spec.js';

export const session = {
  protocol: oneOf(
    ['din', 'iso2'],
    'din',
    'V2G protocol: the EVSE offers it first, the PEV requests it (DIN 70121 is what most cars in the field speak)',
  ),
  mode: oneOf(['dc', 'ac'], 'dc', 'energy transfer mode: dc (DIN/ISO-2 DC) or ac (ISO-2 AC only)'),
  chargeSeconds: int(10, 'sim/pev: how long the car stays in the charging loop before it stops the session', {
    unit: 's',
    min: 1,
    max: 86400,
  }),
  carrierPollMs: int(
    20,
    'evse/pev: how often the PLC interface carrier is read (modem power loss ends a session at once); 0 = not watched',
    { unit: 'ms', min: 0, max: 1000 },
  ),
} as const;
