#!/usr/bin/env node
// Prints the values of dotted config keys, one line per key (empty line when a key is absent), using
// piccs's own loader so the shell scripts in deploy/ never parse YAML themselves.
//   node deploy/lib/config-get.mjs /etc/piccs/evse.yaml general.iface hal.backend
// With an invalid or unreadable config it prints the problems to stderr and falls back to the defaults
// (exit code 3), so the safe-outputs script can still act on the documented default wiring.
import { loadConfig } from '../../dist/src/config/index.js';

const [file, ...keys] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: config-get.mjs CONFIG_FILE KEY...\n');
  process.exit(2);
}

let config;
let code = 0;
try {
  config = loadConfig({ file, env: process.env }).config;
} catch (err) {
  process.stderr.write(`config-get: ${err.message}\nconfig-get: using the defaults instead\n`);
  config = loadConfig({}).config;
  code = 3;
}

for (const key of keys) {
  let v = config;
  for (const part of key.split('.')) v = v !== null && typeof v === 'object' ? v[part] : undefined;
  process.stdout.write(`${v === undefined || v === null || typeof v === 'object' ? '' : String(v)}\n`);
}
process.exit(code);
