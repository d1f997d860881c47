/**
 * Process-exit safety for the outputs: on exit, SIGINT/SIGTERM/SIGHUP, an uncaught exception or an
 * unhandled rejection, drive the board's outputs to the safe state synchronously (contactor open first,
 * then the CP generator to -12 V / S2 open) before the process goes. The composition root (app/) installs
 * it right after opening a board; the systemd stop hook and the hardware pull-downs are the next layers
 * (hw/wiring.md). Knows ports only.
 */

export interface ExitSafetyProcess {
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  off(event: string, fn: (...args: unknown[]) => void): unknown;
  exit(code?: number): never | void;
}

const SIGNAL_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Install the handlers; returns an uninstall function. `safe` must be synchronous and must not throw
 * (wrap board-specific steps yourself); it runs at most once.
 * Signals and fatal errors exit the process after the outputs are safe (code 128+signal, or 1), unless
 * `exitOnSignal` is false (the caller then shuts down itself, e.g. to let a session end cleanly).
 */
export function installExitSafety(
  safe: () => void,
  opts: { proc?: ExitSafetyProcess; exitOnSignal?: boolean; log?: (msg: string) => void } = {},
): () => void {
  const proc = opts.proc ?? (process as unknown as ExitSafetyProcess);
  let done = false;
  const runSafe = (why: string) => {
    if (done) return;
    done = true;
    try {
      safe();
      opts.log?.(`outputs safe (${why})`);
    } catch (err) {
      opts.log?.(`driving the outputs safe failed (${why}): ${(err as Error).message}`);
    }
  };
  const handlers: Array<[string, (...args: unknown[]) => void]> = [['exit', () => runSafe('exit')]];
  for (const sig of Object.keys(SIGNAL_CODES)) {
    handlers.push([
      sig,
      () => {
        runSafe(sig);
        if (opts.exitOnSignal !== false) proc.exit(SIGNAL_CODES[sig]);
      },
    ]);
  }
  for (const ev of ['uncaughtException', 'unhandledRejection']) {
    handlers.push([
      ev,
      (err: unknown) => {
        runSafe(`${ev}: ${err instanceof Error ? err.message : String(err)}`);
        proc.exit(1);
      },
    ]);
  }
  for (const [ev, fn] of handlers) proc.on(ev, fn);
  return () => {
    for (const [ev, fn] of handlers) proc.off(ev, fn);
  };
}
