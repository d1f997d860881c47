/**
 * sd_notify(3) without a native addon: systemd's notification socket ($NOTIFY_SOCKET) is a unix datagram
 * socket, which Node cannot open. A long-lived python3 child (python3 is on every Raspberry Pi OS) forwards each
 * line it reads on stdin as one datagram; it ends when its stdin closes, i.e. when piccs dies. The unit needs
 * NotifyAccess=all, because the datagrams come from the child's PID (it is in the service's cgroup).
 * Without python3 each message is sent by spawning `systemd-notify` (slower, same effect with NotifyAccess=all).
 * Messages are only sent from the event loop, so a hung piccs stops the watchdog pings (that is the point).
 */

import { type ChildProcess, spawn } from 'node:child_process';

/** The forwarder: one datagram per stdin line; '@' is the abstract namespace (a leading NUL byte). */
const FORWARDER = [
  'import os, socket, sys',
  'a = os.environ["NOTIFY_SOCKET"]',
  'a = "\\0" + a[1:] if a.startswith("@") else a',
  's = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)',
  'for line in sys.stdin:',
  '    try:',
  '        s.sendto(line.rstrip("\\n").replace("\\\\n", "\\n").encode(), a)',
  '    except OSError as e:',
  '        sys.stderr.write("sd_notify: %s\\n" % e)',
].join('\n');

export interface SdNotifier {
  /** e.g. 'READY=1', 'WATCHDOG=1', 'STOPPING=1', 'STATUS=...'. */
  notify(state: string): void;
  close(): void;
}

export interface SdNotifyOptions {
  env: NodeJS.ProcessEnv;
  /** python3 by default; tests may point elsewhere. */
  python?: string;
  onError?: (msg: string) => void;
}

/** A notifier for $NOTIFY_SOCKET, or undefined when not run by systemd with a notify socket. */
export function openSdNotify(o: SdNotifyOptions): SdNotifier | undefined {
  const socket = o.env.NOTIFY_SOCKET;
  if (!socket) return undefined;
  let child: ChildProcess | undefined = spawn(o.python ?? 'python3', ['-u', '-c', FORWARDER], {
    env: { ...o.env, NOTIFY_SOCKET: socket },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let fallback = false;
  child.on('error', () => {
    // no python3: one systemd-notify per message
    fallback = true;
    child = undefined;
  });
  child.stderr?.on('data', (d: Buffer) => o.onError?.(d.toString().trim()));
  child.stdin?.on('error', () => {});
  child.unref();
  (child.stdin as unknown as { unref?: () => void })?.unref?.();
  (child.stderr as unknown as { unref?: () => void })?.unref?.();
  return {
    notify: (state) => {
      if (child?.stdin?.writable && !fallback) {
        child.stdin.write(`${state.replace(/\n/g, '\\n')}\n`);
        return;
      }
      const p = spawn('systemd-notify', [state], { env: o.env, stdio: 'ignore' });
      p.on('error', (e) => o.onError?.(`systemd-notify: ${e.message}`));
      p.unref();
    },
    close: () => {
      child?.stdin?.end();
      child = undefined;
    },
  };
}
