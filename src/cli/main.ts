#!/usr/bin/env node
/** piccs command-line entry: argv -> subcommand. */

import { readFileSync } from 'node:fs';
import type { CliIO } from './command.js';
import { commands } from './commands/index.js';
import { reportError } from './report.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

export function helpText(): string {
  const w = Math.max(...commands.map((c) => c.name.length));
  return [
    'piccs: a CCS / IEC 61851 charge controller (charger, car emulator, sniffer) for the Raspberry Pi',
    '',
    'usage: piccs <command> [options]      (piccs <command> --help for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    'npm start runs `piccs sim`: a whole charging session on simulated hardware, no root needed.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${helpText()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const found = commands.find((c) => c.name === name);
  if (!found) {
    io.stderr.write(`piccs: unknown command '${name}'\n\n${helpText()}\n`);
    return 2;
  }
  const cmd = await found.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    // a command that let an error escape still answers like every other: one line, no stack trace
    return reportError(err, io, { name: cmd.name, usage: cmd.usage, argv: rest });
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry || process.argv[1]?.endsWith('/piccs')) {
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.exitCode = reportError(err, io);
    },
  );
}
