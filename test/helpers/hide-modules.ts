/**
 * Makes optional native addons look absent, the way they are on a machine where their build failed and npm dropped
 * them (e.g. `cap` without libpcap-dev): `PICCS_HIDE_MODULES=cap node --import ./dist/test/helpers/hide-modules.js`.
 * node:test passes `--import` on to every test file's process. Used by test/tooling/run-tests.test.ts, and handy to
 * see what `npm test` does on such a machine: PICCS_HIDE_MODULES=cap node scripts/run-tests.mjs --import=<this file>
 */

import { register } from 'node:module';

register('./hide-modules-hook.js', import.meta.url);
