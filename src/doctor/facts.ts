/**
 * The system facts `piccs doctor` looks at, behind one small port so tests can fake a Raspberry Pi, a
 * missing interface or a failed native build without touching the machine. The doctor never reads a
 * file, loads a module or opens a socket except through this port. The real implementation (`hostFacts`)
 * is deliberately thin: every decision lives in the checks.
 */

import { accessSync, constants, existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { networkInterfaces } from 'node:os';

export type Outcome = { ok: true; detail?: string } | { ok: false; error: string };

export interface SystemFacts {
  /** `process.versions.node`, e.g. '20.20.2'. */
  readonly nodeVersion: string;
  /** `process.platform` and `process.arch`. */
  readonly platform: string;
  readonly arch: string;
  /** Effective uid (0 = root); -1 where unknown. */
  readonly uid: number;
  /** A text file's contents, or undefined when it cannot be read (missing, permission, not a file). */
  readText(path: string): string | undefined;
  exists(path: string): boolean;
  /** Directory entries (names only), or undefined when the directory cannot be listed. */
  listDir(path: string): string[] | undefined;
  /** The canonical path (symlinks resolved), or undefined. Used to tell which SoC a pwmchip belongs to. */
  realPath(path: string): string | undefined;
  /** True when this process may open the path for reading and writing (device nodes, sysfs export). */
  canReadWrite(path: string): boolean;
  /** The IPv4 addresses of a network interface (dotted quads; empty when it has none or does not exist). */
  ipv4Addresses(iface: string): string[];
  /** Import an optional native module (cap, pigpio...) and report whether it loads. */
  loadModule(name: string): Promise<Outcome>;
  /** Open and close a raw capture (libpcap via cap) on an interface: proves addon + permission + interface. */
  openRawCapture(iface: string): Promise<Outcome>;
}

const firstLine = (e: unknown): string => String((e as Error)?.message ?? e).split('\n')[0] ?? '';

interface CapModule {
  Cap: new () => {
    open(device: string, filter: string, bufSize: number, buffer: Buffer): string;
    close(): void;
  };
}

/** The facts of the machine this process runs on. */
export function hostFacts(): SystemFacts {
  return {
    nodeVersion: process.versions.node,
    platform: process.platform,
    arch: process.arch,
    uid: typeof process.geteuid === 'function' ? process.geteuid() : -1,
    readText(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists: (path) => existsSync(path),
    listDir(path) {
      try {
        return readdirSync(path);
      } catch {
        return undefined;
      }
    },
    realPath(path) {
      try {
        return realpathSync(path);
      } catch {
        return undefined;
      }
    },
    canReadWrite(path) {
      try {
        accessSync(path, constants.R_OK | constants.W_OK);
        return true;
      } catch {
        return false;
      }
    },
    ipv4Addresses: (iface) =>
      (networkInterfaces()[iface] ?? []).filter((a) => a.family === 'IPv4').map((a) => a.address),
    async loadModule(name) {
      try {
        await import(name);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: firstLine(e) };
      }
    },
    async openRawCapture(iface) {
      let mod: CapModule;
      try {
        const m = (await import('cap' as string)) as CapModule & { default?: CapModule };
        mod = m.default ?? m;
      } catch (e) {
        return { ok: false, error: `cap does not load: ${firstLine(e)}` };
      }
      try {
        const c = new mod.Cap();
        // HomePlug AV (SLAC) frames only: nothing else is copied while the handle is open.
        const linkType = c.open(iface, 'ether proto 0x88e1', 1024 * 1024, Buffer.alloc(65535));
        c.close();
        return { ok: true, detail: `link type ${linkType}` };
      } catch (e) {
        return { ok: false, error: firstLine(e) };
      }
    },
  };
}
