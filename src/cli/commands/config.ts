/** `piccs config --print|--explain|--check [--config FILE] [--set k=v]` */

import { parseArgs } from 'node:util';
import { renderConfigYaml, renderExplain } from '../../config/index.js';
import type { Command } from '../command.js';
import { CONFIG_OPTIONS, loadFromArgs, reportError } from '../common.js';

const usage = `usage: piccs config [--print] [--explain] [--check] [--config FILE] [--set key=value ...]
  --print     show the effective config (defaults <- file <- PICCS_* env <- --set), as YAML
  --explain   list every key with its type, default and what it is for
  --check     only validate; exit 0 when valid, 2 with every problem listed by key otherwise
Environment: each key can be set as PICCS_<SECTION>_<KEY>, e.g. PICCS_GENERAL_LOGLEVEL=debug.`;

const config: Command = {
  name: 'config',
  summary: 'show, explain or check the configuration',
  usage,
  async run(argv, io) {
    try {
      const { values } = parseArgs({
        args: argv,
        options: {
          ...CONFIG_OPTIONS,
          print: { type: 'boolean' },
          explain: { type: 'boolean' },
          check: { type: 'boolean' },
        },
      });
      if (values.explain) {
        io.stdout.write(renderExplain());
        return 0;
      }
      const loaded = loadFromArgs(values, io);
      if (values.check) {
        io.stdout.write(`config ok${values.config ? `: ${values.config}` : ' (defaults)'}\n`);
        return 0;
      }
      io.stdout.write(renderConfigYaml(loaded.config));
      return 0;
    } catch (err) {
      return reportError(err, io, { name: 'config', usage, argv });
    }
  },
};

export default config;
