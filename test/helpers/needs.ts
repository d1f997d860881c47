/**
 * What a test suite needs from the machine, as a `skip` value for describe()/it(): `false` when it can run, else
 * one line with the reason and the fix. scripts/run-tests.mjs lists every skipped suite and test with that line
 * at the end of the run.
 *
 *   describe('SLAC over veth', { skip: needs(NEEDS_ROOT, NEEDS_CAP) }, () => ...)
 *
 * In CI (CI=true) a missing optional addon never skips: the suite runs and fails with the addon's install hint,
 * so a runner without libpcap-dev cannot pass by skipping.
 */

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** Skip reason when not root (outside CI too: a non-root developer run skips these). */
export const NEEDS_ROOT: string | false = IS_ROOT
  ? false
  : 'needs root (network namespaces, veth pairs, raw sockets); fix: run the suite as root (CI does)';

async function capReason(): Promise<string | false> {
  try {
    const name = 'cap'; // a variable: cap has no type declarations
    await import(name);
    return false;
  } catch (err) {
    if (IN_CI) return false;
    const why = (err as Error).message.split('\n')[0] ?? '';
    return (
      `needs the optional 'cap' addon (libpcap), which does not load here: ${why}; fix: sudo apt-get install -y ` +
      'libpcap-dev build-essential python3, then `npm install` (npm dropped the addon when its build failed, so ' +
      '`npm rebuild cap` cannot bring it back)'
    );
  }
}

/** Skip reason when the optional `cap` addon (libpcap) does not load; always false in CI. */
export const NEEDS_CAP: string | false = await capReason();

/** The first reason that applies, or false when the suite can run. */
export function needs(...reasons: (string | false)[]): string | false {
  return reasons.find((r) => r !== false) ?? false;
}
