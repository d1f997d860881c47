/** `piccs modem [--iface IF] [--reset] [--timeout MS] [--json]`: find the local HomePlug modem and show its state. */

import { parseArgs } from 'node:util';
import { systemClock } from '../../core/clock.js';
import type { EthernetPort } from '../../link/ports.js';
import { MODEM_RESPONSE_TIMEOUT_MS, queryModem, renderModemInfo } from '../../slac/modem.js';
import type { CliIO, Command } from '../command.js';
import { CONFIG_OPTIONS, loadFromArgs, reportError, UsageError } from '../common.js';

const usage = `usage: piccs modem [--iface IF] [--reset] [--timeout MS] [--json] [--config FILE]
Finds the HomePlug Green PHY modem on the interface (Qualcomm vendor MMEs: QCA7000/7420, AR7420 in TP-Link
TL-PA4010P) and prints its MAC, firmware, powerline link status and logical network membership.
  --iface IF     the PLC interface (default: general.iface of the config)
  --reset        also ask the modem to restart (VS_RS_DEV), e.g. after a session
  --timeout MS   wait this long for each answer (default ${MODEM_RESPONSE_TIMEOUT_MS})
  --json         one JSON object: {"mac","firmware","chip","link","networks":[{nid,role,ccoMac,stations}],"reset"?}
Needs raw socket rights (root or CAP_NET_RAW). Exit code 0 when a modem answered, 2 otherwise (also when the
interface goes down meanwhile: the message says so).`;

export interface ModemDeps {
  openPort(iface: string): Promise<EthernetPort>;
}

const realDeps: ModemDeps = {
  async openPort(iface) {
    const { openPcapPort } = await import('../../link/pcap.js');
    return openPcapPort({ iface });
  },
};

export async function modemCommand(argv: string[], io: CliIO, deps: ModemDeps = realDeps): Promise<number> {
  let port: EthernetPort | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...CONFIG_OPTIONS,
        iface: { type: 'string' },
        reset: { type: 'boolean' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout.write(`${usage}\n`);
      return 0;
    }
    const timeoutMs = values.timeout === undefined ? MODEM_RESPONSE_TIMEOUT_MS : Number(values.timeout);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
      throw new UsageError('--timeout must be a positive number of ms');
    const iface = values.iface ?? loadFromArgs(values, io).config.general.iface;
    port = await deps.openPort(iface);
    // the interface going down (or the capture process dying) ends the query with its reason, not a timeout
    const open = port;
    const broken = new Promise<never>((_, reject) => open.onError?.(reject));
    const info = await Promise.race([
      queryModem(port, systemClock, { timeoutMs, reset: Boolean(values.reset), iface }),
      broken,
    ]);
    io.stdout.write(values.json ? `${JSON.stringify(info)}\n` : renderModemInfo(info));
    return 0;
  } catch (err) {
    return reportError(err, io, { name: 'modem', usage, argv });
  } finally {
    port?.close();
  }
}

const command: Command = {
  name: 'modem',
  summary: 'find the local HomePlug modem: firmware, MAC, link status, network membership; --reset restarts it',
  usage,
  run: (argv, io) => modemCommand(argv, io),
};

export default command;
