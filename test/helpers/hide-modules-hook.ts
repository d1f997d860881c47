/** The module resolve hook behind hide-modules.ts: the names in PICCS_HIDE_MODULES (comma-separated) do not resolve. */

const hidden = new Set((process.env.PICCS_HIDE_MODULES ?? '').split(',').filter(Boolean));

type Next = (specifier: string, context: unknown) => Promise<unknown>;

export async function resolve(specifier: string, context: unknown, next: Next): Promise<unknown> {
  if (hidden.has(specifier)) {
    const err = new Error(`Cannot find package '${specifier}' (hidden by PICCS_HIDE_MODULES)`) as NodeJS.ErrnoException;
    err.code = 'ERR_MODULE_NOT_FOUND';
    throw err;
  }
  return next(specifier, context);
}
