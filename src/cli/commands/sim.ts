/** `piccs sim`: a complete charging session on simulated hardware (DESIGN.md contract). */

import { parseArgs } from 'node:util';
import { powerOptionsFromConfig } from '../../app/power-rig.js';
import { runSim, type SimProgress } from '../../app/sim.js';
import { FAULTS, type FaultName, POWER_FAULTS } from '../../app/summary.js';
import { ConfigError, type ConfigProblem } from '../../core/errors.js';
import { simLinkOptionsFromConfig } from '../../v2g/index.js';
import type { Command } from '../command.js';
import { CONFIG_OPTIONS, loadFromArgs, loggerFor, reportError } from '../common.js';
import { TerminalDisplay } from '../live-display.js';

function columnsOf(s: NodeJS.WritableStream): { columns?: number } {
  const c = (s as { columns?: number }).columns;
  return typeof c === 'number' && c > 0 ? { columns: c } : {};
}

const usage = `usage: piccs sim [--protocol din|iso2] [--mode dc|ac] [--charge-seconds N] [--pcap FILE] [--json]
                 [--power sim|infypower|uugreen] [--can-log FILE] [--imd bender|none]
                 [--fault ${FAULTS.join('|')}] [--fault-at STATE] [--speed X] [--config FILE] [--set key=value]
  A car plugs into a simulated charger, both sides run the whole stack (CP, SLAC, SDP, V2G over EXI),
  charge for N seconds, stop and unplug. Exit code 0 only if the session ended normally, or, with --fault,
  if the outputs ended safe (contactor open).
  --json          the last stdout line is the summary JSON (slacMs, sdpMs, firstCurrentDemandMs, ...)
  --fault F       inject a fault (default: in the middle of the charging loop)
  --fault-at S    inject it when a session or V2G state containing S is entered (e.g. matching, CableCheck, PreCharge)
  --pcap FILE     record the whole session to a pcap file for Wireshark or 'piccs decode': SLAC and modem
                  frames, SDP (IPv6/UDP) and the V2G TCP connection, wall-clock timestamps
  --power P       the charger's power stage: sim (simulated, default) or the real InfyPower / UUGreen module driver
                  on emulated modules (CAN in memory; power.* config keys); DC only
  --can-log FILE  with --power infypower|uugreen: every CAN frame in candump -L format (canplayer, log2asc)
  --imd I         with --power infypower|uugreen: bender = emulated Bender isoCHA425HV on Modbus (CableCheck
                  measures), none = no IMD (the summary says isolation was not checked)
  --speed X       simulated seconds per real second (default 1 on a terminal, as fast as possible otherwise; 0 = fast)`;

/** The live progress line: time and measurements first (fixed width), then both sides' states by name, whole. */
export function progressLine(p: SimProgress): string {
  return `${(p.simMs / 1000).toFixed(1).padStart(6)} s  U=${p.voltageV.toFixed(0).padStart(4)} V  I=${p.currentA.toFixed(1).padStart(6)} A  SoC=${p.socPercent.toFixed(1).padStart(5)} %  EVSE ${p.evse}  PEV ${p.pev}`;
}

const sim: Command = {
  name: 'sim',
  summary: 'run a whole charging session on simulated hardware (the default of npm start)',
  usage,
  async run(argv, io) {
    try {
      const { values } = parseArgs({
        args: argv,
        options: {
          ...CONFIG_OPTIONS,
          protocol: { type: 'string' },
          mode: { type: 'string' },
          'charge-seconds': { type: 'string' },
          pcap: { type: 'string' },
          json: { type: 'boolean' },
          fault: { type: 'string' },
          'fault-at': { type: 'string' },
          speed: { type: 'string' },
          power: { type: 'string' },
          'can-log': { type: 'string' },
          imd: { type: 'string' },
        },
      });
      const problems: ConfigProblem[] = [];
      if (values.fault !== undefined && !(FAULTS as readonly string[]).includes(values.fault)) {
        problems.push({ key: '--fault', message: `'${values.fault}' is not one of ${FAULTS.join(', ')}` });
      }
      const speed = values.speed === undefined ? (io.isTTY && !values.json ? 1 : 0) : Number(values.speed);
      if (!Number.isFinite(speed) || speed < 0) problems.push({ key: '--speed', message: 'expected a number >= 0' });
      if (problems.length) throw new ConfigError(problems, 'command line');
      const { config } = loadFromArgs(values, io, {
        'session.protocol': values.protocol,
        'session.mode': values.mode,
        'session.chargeSeconds': values['charge-seconds'],
        'power.stage': values.power,
        'power.can.log': values['can-log'],
        'power.imd': values.imd,
      });
      const power = powerOptionsFromConfig(config.power);
      const powerProblems: ConfigProblem[] = [];
      if (power && config.session.mode === 'ac') {
        powerProblems.push({ key: 'power.stage', message: 'the module power stages are DC; use --mode dc' });
      }
      if (!power && values.fault && POWER_FAULTS.includes(values.fault as FaultName)) {
        powerProblems.push({
          key: '--fault',
          message: `${values.fault} needs a module power stage: --power infypower|uugreen`,
        });
      }
      if (!power && config.power.can.log) {
        powerProblems.push({ key: '--can-log', message: 'needs a module power stage: --power infypower|uugreen' });
      }
      if (values.fault === 'imd-fault' && config.power.imd !== 'bender') {
        powerProblems.push({ key: '--fault', message: 'imd-fault needs --imd bender (and --power infypower|uugreen)' });
      }
      if (powerProblems.length) throw new ConfigError(powerProblems, 'command line');
      if (config.session.protocol === 'din' && config.session.mode === 'ac') {
        throw new ConfigError(
          [{ key: 'session.mode', message: 'DIN 70121 is DC only; use --protocol iso2 for AC' }],
          'command line',
        );
      }
      const live = io.isTTY && !values.json;
      // on a terminal, log lines scroll above the progress line instead of landing on it
      const display = live
        ? new TerminalDisplay({
            out: io.stdout,
            err: io.stderr,
            errIsTerminal: Boolean((io.stderr as { isTTY?: boolean }).isTTY),
            ...columnsOf(io.stdout),
          })
        : undefined;
      const log = loggerFor(config, io, display?.logStream());
      const opts: Parameters<typeof runSim>[0] = {
        protocol: config.session.protocol,
        mode: config.session.mode,
        chargeSeconds: config.session.chargeSeconds,
        speed,
        log,
        link: simLinkOptionsFromConfig(config.v2g.sim, 'both'),
        onTimeline: values.json ? undefined : (line) => (display ? display.line(line) : io.stdout.write(`${line}\n`)),
        onProgress: display ? (p) => display.progress(progressLine(p)) : undefined,
      };
      if (values.fault) opts.fault = values.fault as FaultName;
      if (values['fault-at']) opts.faultAt = values['fault-at'];
      if (values.pcap) opts.pcap = values.pcap;
      // sim always emulates the modules: the CAN bus is in memory whatever power.can.transport says
      if (power) opts.power = { ...power, transport: 'emulated' };
      const { summary, exitOk } = await runSim(opts).finally(() => display?.end());
      if (values.json) {
        io.stdout.write(`${JSON.stringify(summary)}\n`);
      } else {
        const s = summary;
        io.stdout.write(
          [
            '',
            `session ${s.ok ? 'completed normally' : `did not complete: ${s.reason ?? ''}`} (${s.protocol?.toUpperCase() ?? 'no protocol negotiated'} ${s.mode.toUpperCase()})`,
            `  SLAC ${s.slacMs ?? '-'} ms, SDP ${s.sdpMs ?? '-'} ms, plug-in to first charge loop ${s.firstCurrentDemandMs ?? '-'} ms`,
            `  charge loop x${s.chargeLoopCount}, ${s.energyWh} Wh delivered`,
            `  SECC response time p50 ${s.secc.responseMs.p50} ms, p99 ${s.secc.responseMs.p99} ms, max ${s.secc.responseMs.max} ms`,
            ...(s.fault
              ? [
                  `  fault ${s.fault}: outputs ${s.safe ? 'SAFE' : 'NOT SAFE'}, contactor open ${s.contactorOpenMs ?? '-'} ms after the fault (first reaction after ${s.faultDetectedMs ?? '-'} ms)`,
                  ...(s.trip ? [`  safety trip ${s.tripMs ?? '-'} ms after the fault: ${s.trip}`] : []),
                  ...(s.nextPlugInRefused ? [`  next plug-in refused (latched): ${s.nextPlugInRefused}`] : []),
                ]
              : []),
            ...(s.power
              ? [
                  `  power stage ${s.power.stage} (${s.power.modules} module${s.power.modules === 1 ? '' : 's'}, ${s.power.canFrames} CAN frames), contactor broke at most ${s.power.maxCurrentAtOpenA} A; isolation ${s.power.isolation}${s.power.fault ? `; fault: ${s.power.fault}` : ''}`,
                ]
              : []),
            `  messages: ${Object.entries(s.messages)
              .map(([k, v]) => `${k} x${v}`)
              .join(', ')}`,
            '',
          ].join('\n'),
        );
      }
      return exitOk ? 0 : 1;
    } catch (err) {
      return reportError(err, io, { name: 'sim', usage, argv });
    }
  },
};

export default sim;
