/** `piccs listen --iface IF [--json] [--pcap OUT] [--seconds N] [--config FILE]`: live SLAC/SDP/V2G timeline. */

import { parseArgs } from 'node:util';
import { PcapFileWriter } from '../../capture/pcap-writer.js';
import { systemClock } from '../../core/clock.js';
import { startWatchdog } from '../../hal/watchdog/index.js';
import { LISTEN_FILTER, openPcapPort } from '../../link/pcap.js';
import { LiveListener } from '../../listen/live.js';
import { timelineWriter } from '../../listen/output.js';
import type { Command } from '../command.js';
import { CONFIG_OPTIONS, loadFromArgs, reportError, UsageError } from '../common.js';

const usage = `usage: piccs listen --iface IF [--json] [--pcap OUT] [--seconds N] [--syslog] [--config FILE]
  Sniffs the interface the HomePlug modem is on (all frames, not just SLAC) and prints the same timeline as
  'piccs decode': SLAC, SDP, V2GTP (TCP reassembled) and EXI, with directions, latencies and anomaly flags.
  A modem that only forwards broadcasts shows SLAC and SDP but no V2G; the output says so.
  --iface IF    interface (default: general.iface from the config)
  --json        one JSON object per event, the summary as the last line
  --pcap OUT    also record every raw frame to OUT (classic pcap, written as frames arrive)
  --seconds N   stop after N seconds (default: until Ctrl-C / SIGTERM)
  --syslog      show pyPLC's UDP syslog lines too
Needs root or CAP_NET_RAW (raw capture through libpcap). When the interface goes down or disappears, the
timeline so far is kept, the reason is printed and the exit code is 2.`;

const listen: Command = {
  name: 'listen',
  summary: 'sniff a live interface: SLAC/SDP/V2G timeline (optionally recorded to pcap)',
  usage,
  async run(argv, io) {
    try {
      const { values } = parseArgs({
        args: argv,
        options: {
          ...CONFIG_OPTIONS,
          iface: { type: 'string', short: 'i' },
          json: { type: 'boolean' },
          pcap: { type: 'string' },
          seconds: { type: 'string' },
          syslog: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
      if (values.help) {
        io.stdout.write(`${usage}\n`);
        return 0;
      }
      const seconds = values.seconds === undefined ? undefined : Number(values.seconds);
      if (seconds !== undefined && !(seconds > 0)) throw new UsageError('--seconds needs a positive number');
      const overrides: Record<string, unknown> = { 'general.role': 'listen' };
      if (values.iface !== undefined) overrides['general.iface'] = values.iface;
      const { config } = loadFromArgs(values, io, overrides);
      const iface = config.general.iface;
      const port = await openPcapPort({ iface, filter: LISTEN_FILTER });
      const recorder = values.pcap === undefined ? undefined : new PcapFileWriter(values.pcap);
      const listener = new LiveListener({
        port,
        clock: systemClock,
        nowUs: () => Math.floor((performance.timeOrigin + performance.now()) * 1000),
        writer: timelineWriter(io.stdout, values.json ?? false),
        syslog: values.syslog ?? false,
        // slac.modem none: a link without a modem (veth, direct cable) forwards unicast anyway
        modem: config.slac.modem !== 'none',
        ...(recorder ? { recorder } : {}),
      });
      io.stderr.write(`piccs listen: capturing on ${iface}${values.pcap ? `, recording to ${values.pcap}` : ''}\n`);
      listener.start();
      // systemd: READY=1 and WATCHDOG=1 pings while the event loop runs (deploy/systemd/piccs@.service)
      const watchdog = startWatchdog({ env: io.env, clock: systemClock });
      // ends on the signal, the time limit, or the capture breaking (interface down or removed): then exit 2
      const broken = await new Promise<Error | undefined>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        let offError: (() => void) | undefined;
        const done = (err?: Error) => {
          if (timer) clearTimeout(timer);
          offError?.();
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(err);
        };
        const stop = () => done();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        offError = port.onError?.((err) => done(err));
        if (seconds !== undefined) timer = setTimeout(stop, seconds * 1000);
      });
      listener.stop();
      watchdog.stop();
      if (broken) return reportError(broken, io, { name: 'listen', usage, argv });
      return 0;
    } catch (err) {
      return reportError(err, io, { name: 'listen', usage, argv });
    }
  },
};

export default listen;
