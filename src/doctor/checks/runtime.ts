/** Checks of the runtime itself: Node version, config validity, which board this is. */

import type { Check } from '../types.js';
import { fail, pass, skip, warn } from './result.js';

/** Oldest Node major piccs supports (package.json engines). */
export const MIN_NODE_MAJOR = 20;

export const nodeVersion: Check = {
  id: 'node.version',
  title: 'Node.js version',
  run(ctx) {
    const v = ctx.facts.nodeVersion;
    const major = Number.parseInt(v.split('.')[0] ?? '', 10);
    if (Number.isFinite(major) && major >= MIN_NODE_MAJOR) return pass(this, `Node ${v} (>= ${MIN_NODE_MAJOR} needed)`);
    return fail(
      this,
      `Node ${v} is too old (>= ${MIN_NODE_MAJOR} needed)`,
      'install Node 20 or newer: sudo deploy/install.sh does it (deploy/README.md, "Node.js")',
    );
  },
};

export const configValid: Check = {
  id: 'config.valid',
  title: 'configuration',
  run(ctx) {
    const where = ctx.configFile ?? 'defaults (no --config given and no installed service config found)';
    if (ctx.configProblems.length === 0) {
      if (!ctx.configFile && ctx.role !== 'sim') {
        return warn(this, `valid, but ${where}`, 'pass --config /etc/piccs/<role>.yaml to check the installed config');
      }
      return pass(this, `valid: ${where}`);
    }
    return fail(
      this,
      `${ctx.configProblems.length} problem(s) in ${where}: ${ctx.configProblems.join('; ')}`,
      `fix the keys listed; \`piccs config --explain\` lists every key, \`piccs config --check --config ${ctx.configFile ?? 'FILE'}\` re-checks`,
    );
  },
};

export const platform: Check = {
  id: 'platform.board',
  title: 'board',
  run(ctx) {
    const b = ctx.board;
    if (!b) {
      return skip(
        this,
        `not a Raspberry Pi (${ctx.facts.platform}/${ctx.facts.arch}): the GPIO, PWM, ADC and CP checks do not apply`,
      );
    }
    return pass(
      this,
      `${b.model} (${b.soc}); recommended hal backend: ${b.recommendedBackend}${b.pigpio ? ', pigpio also works' : ', pigpio does not support this model'}`,
    );
  },
};
