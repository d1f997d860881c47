/** `piccs decode FILE.pcap|FILE.pcapng [--json] [--syslog]`: the listener's timeline for a capture file. */

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readCapture } from '../../capture/pcap-reader.js';
import { DecodeError } from '../../core/errors.js';
import { ListenDecoder } from '../../listen/decoder.js';
import { timelineWriter } from '../../listen/output.js';
import type { Command } from '../command.js';
import { reportError, UsageError } from '../common.js';

const usage = `usage: piccs decode FILE.pcap|FILE.pcapng [--json] [--syslog]
  Decodes a capture (pcap or pcapng, Ethernet) into a timeline: HomePlug/SLAC, SDP, V2GTP on every TCP
  connection (reassembled; retransmissions counted once, lost segments reported) and the EXI documents.
  --json     one JSON object per line per event, the summary as the last line
  --syslog   also show pyPLC's UDP syslog lines found in the capture (counted only by default)`;

const decode: Command = {
  name: 'decode',
  summary: 'decode a pcap/pcapng capture into a SLAC/SDP/V2G timeline',
  usage,
  async run(argv, io) {
    try {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { json: { type: 'boolean' }, syslog: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) {
        io.stdout.write(`${usage}\n`);
        return 0;
      }
      const file = positionals[0];
      if (file === undefined) throw new UsageError('which capture? name a .pcap or .pcapng file');
      if (positionals.length > 1) throw new UsageError(`one capture file at a time, not ${positionals.length}`);
      const buf = await readFile(file).catch((err: NodeJS.ErrnoException) => {
        err.path ??= file; // a directory fails in read(), whose error has no path
        throw err;
      });
      const dec = new ListenDecoder({ syslog: values.syslog ?? false });
      const out = timelineWriter(io.stdout, values.json ?? false);
      let frames = 0;
      try {
        for (const f of readCapture(buf)) {
          frames++;
          out.events(dec.push(f));
          if (out.closed) return 0;
        }
      } catch (err) {
        // A file that is not a capture at all (or not Ethernet) is an error; damage later in the file is reported
        // and what came before is still decoded.
        if (!(err instanceof DecodeError) || frames === 0) throw err;
        io.stderr.write(`piccs: ${file}: capture damaged after frame ${frames}: ${err.message}\n`);
        out.events([
          {
            type: 'malformed',
            t: 0,
            frame: frames + 1,
            layer: 'capture file',
            error: err.message,
            flags: ['capture file truncated or damaged'],
          },
        ]);
      }
      const end = dec.finish();
      out.events(end.events);
      out.summary(end.summary);
      return 0;
    } catch (err) {
      return reportError(err, io, { name: 'decode', usage, argv });
    }
  },
};

export default decode;
