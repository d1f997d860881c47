/**
 * `piccs evse --config FILE [--iface IF] [--protocol din|iso2] [--mode dc|ac] [--hw sim] [--slac off] [--modem none]
 * [--once] [--json]`: the charger role (and, via `roleCommand`, the shape of `piccs pev`). Parses flags, loads the
 * config (flags override general.iface, session.protocol, session.mode, slac.mode, slac.modem), runs app/roles.ts and
 * prints the summary.
 */

import { parseArgs } from 'node:util';
import { type Role, runRole } from '../../app/roles.js';
import { systemClock } from '../../core/clock.js';
import type { Command } from '../command.js';
import { CONFIG_OPTIONS, loadFromArgs, loggerFor, reportError, UsageError } from '../common.js';
import { roleExitCode, roleSummaryNotes } from '../role-exit.js';

const ROLE_TEXT: Record<Role, { summary: string; what: string; slacOff: string }> = {
  evse: {
    summary: 'charger role: CP, SLAC, SDP/TCP server and SECC on real or simulated hardware',
    what: 'Runs the charger: offers digital communication on the CP, SLAC, answers SDP, serves the V2G session (SECC)\n  on a simulated power stage.',
    slacOff:
      'the EVSE goes\n                     from B + 5 % straight to SDP; no raw socket needed. Default: slac.mode (on)',
  },
  pev: {
    summary: 'car-emulator role: CP, SLAC, SDP/TCP client and EVCC on real or simulated hardware',
    what: 'Runs the car emulator: waits for 5 % PWM, SLAC, discovers the charger by SDP, runs the V2G session (EVCC)\n  on a simulated battery; it stops charging after session.chargeSeconds.',
    slacOff:
      'the PEV sends\n                     SDP as soon as it sees 5 %; no raw socket needed. Default: slac.mode (on)',
  },
};

export function roleUsage(role: Role): string {
  return `usage: piccs ${role} [--config FILE] [--iface IF] [--protocol din|iso2] [--mode dc|ac] [--hw sim] [--slac off]
                  [--modem none] [--once] [--json] [--pcap FILE] [--set key=value ...]
  ${ROLE_TEXT[role].what}
  --config FILE      YAML profile (see 'piccs config')
  --iface IF         PLC interface (default: general.iface)
  --protocol P       din | iso2 (default: session.protocol)
  --mode M           dc | ac (default: session.mode)
  --hw sim|real      sim: simulate the CP line and the other side's CP behaviour (SLAC, SDP, TCP stay on
                     --iface); real: the board from the hal keys (default: real unless hal.backend is sim)
  --slac on|off      off: no SLAC, for benches where the link already exists (a direct Ethernet cable, two
                     modems already in one network, a stack without SLAC such as Josev): ${ROLE_TEXT[role].slacOff}
  --modem none       no modem management (a veth pair has no modem); default: slac.modem
  --once             end after one session; exit code 0 only if it ended normally, 3 if it ended but the other
                     side left requests unanswered (summary key unanswered); without --once the role serves one
                     session after another until SIGINT/SIGTERM, then prints the last one's summary
  --json             with --once: the summary as one JSON object on the last stdout line
  --pcap FILE        record everything that crosses --iface (SLAC, SDP, TCP with V2GTP/EXI, both directions)
                     to FILE for Wireshark or 'piccs decode' (a second capture on the interface)${
                       role === 'evse'
                         ? `
  --power P          DC power stage: sim (default), infypower or uugreen modules on CAN (power.can.*; with
                     --hw sim the modules are emulated on an in-memory bus)
  --can-log FILE     with --power infypower|uugreen: every CAN frame in candump -L format
  --imd I            bender (isoCHA425HV on Modbus, power.modbus.*) or none (isolation not checked)`
                         : ''
                     }
Needs root or CAP_NET_RAW (raw SLAC frames through libpcap), except with --slac off and no --pcap.`;
}

export function roleCommand(role: Role): Command {
  const usage = roleUsage(role);
  return {
    name: role,
    summary: ROLE_TEXT[role].summary,
    usage,
    async run(argv, io) {
      try {
        const { values } = parseArgs({
          args: argv,
          options: {
            ...CONFIG_OPTIONS,
            iface: { type: 'string', short: 'i' },
            protocol: { type: 'string' },
            mode: { type: 'string' },
            hw: { type: 'string' },
            modem: { type: 'string' },
            slac: { type: 'string' },
            once: { type: 'boolean' },
            json: { type: 'boolean' },
            pcap: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
            ...(role === 'evse'
              ? {
                  power: { type: 'string' as const },
                  'can-log': { type: 'string' as const },
                  imd: { type: 'string' as const },
                }
              : {}),
          },
        });
        if (values.help) {
          io.stdout.write(`${usage}\n`);
          return 0;
        }
        if (values.hw !== undefined && values.hw !== 'sim' && values.hw !== 'real') {
          throw new UsageError(`--hw takes 'sim' or 'real' (the default), not '${values.hw}'`);
        }
        const overrides: Record<string, unknown> = { 'general.role': role };
        if (values.iface !== undefined) overrides['general.iface'] = values.iface;
        if (values.protocol !== undefined) overrides['session.protocol'] = values.protocol;
        if (values.mode !== undefined) overrides['session.mode'] = values.mode;
        if (values.modem !== undefined) overrides['slac.modem'] = values.modem;
        if (values.slac !== undefined) overrides['slac.mode'] = values.slac;
        const v = values as { power?: string; 'can-log'?: string; imd?: string };
        if (v.imd !== undefined) overrides['power.imd'] = v.imd;
        if (v.power !== undefined) overrides['power.stage'] = v.power;
        if (v['can-log'] !== undefined) overrides['power.can.log'] = v['can-log'];
        const { config } = loadFromArgs(values, io, overrides);
        const log = loggerFor(config, io);
        const stop = new AbortController();
        const onSignal = (sig: string) => stop.abort(`${sig} received`);
        const sigs = ['SIGINT', 'SIGTERM'] as const;
        for (const s of sigs) process.once(s, onSignal);
        try {
          const summary = await runRole({
            role,
            config,
            iface: config.general.iface,
            protocol: config.session.protocol,
            mode: config.session.mode,
            // --hw wins; otherwise hal.backend 'sim' also means a simulated CP line
            hw: (values.hw ?? (config.hal.backend === 'sim' ? 'sim' : 'real')) === 'sim' ? 'sim' : 'real',
            modem: config.slac.modem,
            once: values.once ?? false,
            ...(values.pcap !== undefined ? { pcap: values.pcap } : {}),
            clock: systemClock,
            log,
            stopSignal: stop.signal,
          });
          if (values.json) io.stdout.write(`${JSON.stringify(summary)}\n`);
          else {
            io.stdout.write(
              `${role}: ${summary.ok ? 'session ended normally' : `session failed: ${summary.reason ?? 'unknown'}`}` +
                ` (slac ${summary.slacMs ?? '-'} ms, sdp ${summary.sdpMs ?? '-'} ms, ${summary.chargeLoopCount} charge loops)\n`,
            );
            for (const line of roleSummaryNotes(summary)) io.stdout.write(line);
          }
          // --once: 0 only for a normal session; a long-running role stopped by a signal ends normally too
          return roleExitCode(summary, { once: values.once ?? false, stopped: stop.signal.aborted });
        } finally {
          for (const s of sigs) process.off(s, onSignal);
        }
      } catch (err) {
        return reportError(err, io, { name: role, usage, argv });
      }
    },
  };
}

const evse: Command = roleCommand('evse');
export default evse;
