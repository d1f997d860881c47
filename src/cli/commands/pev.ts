/** `piccs pev ...`: the car-emulator role; same flags as `piccs evse` (see evse.ts `roleCommand`). */

import type { Command } from '../command.js';
import { roleCommand } from './evse.js';

const pev: Command = roleCommand('pev');
export default pev;
