/**
 * Drawing a fresh SessionID for SessionSetupRes: `bytes` random bytes (1..8, sessionIDType) as lowercase hex,
 * never all-zero (an all-zero SessionID in SessionSetupReq means "no session"). The random source is injected so
 * tests get a fixed ID.
 */

export function newSessionId(randomBytes: (n: number) => Uint8Array, bytes: number): string {
  const id = Buffer.from(randomBytes(bytes)).subarray(0, bytes);
  if (id.every((b) => b === 0)) id[id.length - 1] = 1; // all-zero means "no session"
  return id.toString('hex');
}

/** The header SessionID of every response: ours once SessionSetup assigned it, else the one-byte zero ID. */
export function responseSessionId(ctx: { sessionId: string }): string {
  return ctx.sessionId || '00';
}
