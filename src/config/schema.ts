/**
 * The whole config schema: one section per area, each declared in sections/<area>.ts.
 * To add keys, extend your area's section file; to add an area, add one line here.
 */

import { cp } from './sections/cp.js';
import { general } from './sections/general.js';
import { hal } from './sections/hal.js';
import { power } from './sections/power.js';
import { session } from './sections/session.js';
import { slac } from './sections/slac.js';
import { v2g } from './sections/v2g.js';
import type { ConfigOf, SectionSpec } from './spec.js';

export const schema = {
  general,
  session,
  slac,
  v2g,
  hal,
  cp,
  power,
} as const satisfies SectionSpec;

export type Config = ConfigOf<typeof schema>;
