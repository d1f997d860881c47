/**
 * The CLI's subcommands, in the order `piccs --help` lists them: name and one-line summary here, the command's
 * module imported only when that command runs, so `piccs --help` loads no protocol, codec or schema code.
 * test/cli/main.test.ts checks that each summary here is the one its module declares.
 */

import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  /** One line for `piccs --help` (the same as the module's `summary`). */
  summary: string;
  load(): Promise<Command>;
}

function entry(name: string, summary: string, load: () => Promise<{ default: Command }>): CommandEntry {
  return { name, summary, load: async () => (await load()).default };
}

export const commands: readonly CommandEntry[] = [
  entry(
    'sim',
    'run a whole charging session on simulated hardware (the default of npm start)',
    () => import('./sim.js'),
  ),
  entry('config', 'show, explain or check the configuration', () => import('./config.js')),
  entry(
    'doctor',
    'check this machine (Node, config, PLC interface, raw sockets, GPIO/PWM/ADC, modem, CP) with fix hints',
    () => import('./doctor.js'),
  ),
  entry('decode', 'decode a pcap/pcapng capture into a SLAC/SDP/V2G timeline', () => import('./decode.js')),
  entry(
    'evse',
    'charger role: CP, SLAC, SDP/TCP server and SECC on real or simulated hardware',
    () => import('./evse.js'),
  ),
  entry(
    'pev',
    'car-emulator role: CP, SLAC, SDP/TCP client and EVCC on real or simulated hardware',
    () => import('./pev.js'),
  ),
  entry(
    'listen',
    'sniff a live interface: SLAC/SDP/V2G timeline (optionally recorded to pcap)',
    () => import('./listen.js'),
  ),
  entry(
    'modem',
    'find the local HomePlug modem: firmware, MAC, link status, network membership; --reset restarts it',
    () => import('./modem.js'),
  ),
  entry(
    'power',
    'bench tool for charger modules: scan, status, set --voltage --current (live output), off',
    () => import('./power.js'),
  ),
  entry(
    'cp',
    'cp watch: live CP plateaus, duty, state, PP, inputs and outputs (calibration and bring-up)',
    () => import('./cp.js'),
  ),
  entry('exi', 'decode/encode V2G EXI messages (apphand, din, iso2, iso20) to and from JSON', () => import('./exi.js')),
];
