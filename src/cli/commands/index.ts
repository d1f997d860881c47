/** The CLI's subcommands, in the order `piccs --help` lists them. One line per command. */

import type { Command } from '../command.js';
import config from './config.js';
import decode from './decode.js';
import doctor from './doctor.js';
import evse from './evse.js';
import exi from './exi.js';
import listen from './listen.js';
import modem from './modem.js';
import pev from './pev.js';
import power from './power.js';
import sim from './sim.js';

export const commands: Command[] = [sim, config, doctor, decode, evse, pev, listen, modem, power, exi];
