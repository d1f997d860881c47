/**
 * Composition of the real power stage (issue 14): from the `power` config section to a ModuleGroupPowerStage on a
 * CAN port, with the candump log when asked. For `sim` and `--hw sim` the CAN port is an in-memory bus with the
 * module emulators on a DC plant (the car's battery model behind the car's contactors); for real hardware it is
 * SocketCAN or SLCAN (optional native packages, loaded lazily). Everything below receives ports only.
 */

import type { Config } from '../config/index.js';
import type { Clock } from '../core/clock.js';
import { ConfigError, type ConfigProblem } from '../core/errors.js';
import { CandumpWriter } from '../power/can/candump.js';
import { MemoryCanBus } from '../power/can/memory-bus.js';
import { type CanPort, tappedPort } from '../power/can/port.js';
import { openSlcanPort } from '../power/can/slcan-port.js';
import { openSocketcanPort } from '../power/can/socketcan-port.js';
import { type IsolationMonitor, noImd } from '../power/isolation.js';
import { BenderEmulator, BenderImd } from '../power/modbus/bender-imd.js';
import { memoryModbus, openModbusRtu, openModbusTcp } from '../power/modbus/client.js';
import { ModuleEmulator } from '../power/modules/emulator.js';
import { ModuleGroup } from '../power/modules/group.js';
import { infypower } from '../power/modules/infypower.js';
import { DcPlant, type PlantBattery } from '../power/modules/plant.js';
import type { ModuleProtocol } from '../power/modules/types.js';
import { uugreen } from '../power/modules/uugreen.js';
import { type ContactorDrive, ModuleGroupPowerStage, type PowerStageParams } from '../power/stage.js';

export const MODULE_PROTOCOLS: Record<'infypower' | 'uugreen', ModuleProtocol> = { infypower, uugreen };

/** Address ranges: InfyPower destination 0x00..0x3E (0x3F broadcast), UUGreen 1..127 (0 broadcast). */
const ADDRESS_RANGE: Record<'infypower' | 'uugreen', [number, number]> = { infypower: [0, 0x3e], uugreen: [1, 0x7f] };

export interface PowerOptions {
  stage: 'infypower' | 'uugreen';
  addresses: number[];
  transport: 'socketcan' | 'slcan' | 'emulated';
  iface: string;
  device: string;
  bitrate: number;
  canLog?: string;
  pollMs: number;
  keepAliveMs: number;
  silentMs: number;
  imd: 'none' | 'bender';
  modbus: Config['power']['modbus'];
  params: PowerStageParams;
}

/** The `power` section -> options (undefined for the built-in simulated stage); every problem at once. */
export function powerOptionsFromConfig(c: Config['power']): PowerOptions | undefined {
  if (c.stage === 'sim') return undefined;
  const problems: ConfigProblem[] = [];
  const addresses = c.modules.addresses
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  const [lo, hi] = ADDRESS_RANGE[c.stage];
  for (const a of addresses) {
    if (!Number.isInteger(a) || a < lo || a > hi) {
      problems.push({ key: 'power.modules.addresses', message: `${a} is outside ${lo}..${hi} for ${c.stage}` });
    }
  }
  if (new Set(addresses).size !== addresses.length) {
    problems.push({ key: 'power.modules.addresses', message: 'an address is listed twice' });
  }
  if (c.modules.silentMs <= c.modules.pollMs) {
    problems.push({ key: 'power.modules.silentMs', message: 'must be longer than power.modules.pollMs' });
  }
  if (c.minVoltageV >= c.maxVoltageV) problems.push({ key: 'power.minVoltageV', message: 'must be below maxVoltageV' });
  if (problems.length) throw new ConfigError(problems);
  return {
    stage: c.stage,
    addresses,
    transport: c.can.transport,
    iface: c.can.interface,
    device: c.can.device,
    bitrate: c.can.bitrate,
    ...(c.can.log ? { canLog: c.can.log } : {}),
    pollMs: c.modules.pollMs,
    keepAliveMs: c.modules.keepAliveMs,
    silentMs: c.modules.silentMs,
    imd: c.imd,
    modbus: { ...c.modbus },
    params: {
      limits: {
        maxVoltageV: c.maxVoltageV,
        minVoltageV: c.minVoltageV,
        maxCurrentA: c.maxCurrentA,
        maxPowerW: c.maxPowerW,
        minCurrentA: 0,
        peakCurrentRippleA: 5,
        currentRegulationToleranceA: 5,
      },
      rampAPerS: c.rampAPerS,
      openCurrentThresholdA: c.openCurrentThresholdA,
      openWaitMaxMs: c.openWaitMaxMs,
      preChargeToleranceV: c.preChargeToleranceV,
      cableCheckVoltageV: c.cableCheckVoltageV,
    },
  };
}

/** The contactor drive the stage uses; the session composition plugs in where commands go (CP machine). */
export class ContactorRelay implements ContactorDrive {
  sink?: (closed: boolean) => void;
  constructor(private readonly read: () => boolean) {}
  set(closed: boolean): void {
    this.sink?.(closed);
  }
  get(): boolean {
    return this.read();
  }
}

export interface PowerRig {
  opts: PowerOptions;
  protocol: ModuleProtocol;
  port: CanPort;
  group: ModuleGroup;
  stage: ModuleGroupPowerStage;
  relay: ContactorRelay;
  imd: IsolationMonitor;
  canLog?: CandumpWriter;
  /** Emulated hardware (sim, --hw sim). */
  emulated?: {
    bus: MemoryCanBus;
    plant: DcPlant;
    modules: ModuleEmulator[];
    imd?: BenderEmulator;
    /** Fault injection: the IMD stops answering. */
    imdSilent: { on: boolean };
  };
  close(): Promise<void>;
}

function buildRig(
  opts: PowerOptions,
  clock: Clock,
  raw: CanPort,
  contactorState: () => boolean,
  nowS: () => number,
  imd: IsolationMonitor,
  emulated?: PowerRig['emulated'],
): PowerRig {
  const protocol = MODULE_PROTOCOLS[opts.stage];
  const canLog = opts.canLog
    ? new CandumpWriter(opts.canLog, opts.transport === 'socketcan' ? opts.iface : 'can0', nowS)
    : undefined;
  const port = canLog ? tappedPort(raw, canLog.tap) : raw;
  const group = new ModuleGroup({
    port,
    protocol,
    addresses: opts.addresses,
    clock,
    pollMs: opts.pollMs,
    keepAliveMs: opts.keepAliveMs,
    silentMs: opts.silentMs,
  });
  const relay = new ContactorRelay(contactorState);
  const stage = new ModuleGroupPowerStage(group, relay, imd, clock, opts.params);
  group.start();
  return {
    opts,
    protocol,
    port,
    group,
    stage,
    relay,
    imd,
    ...(canLog ? { canLog } : {}),
    ...(emulated ? { emulated } : {}),
    async close() {
      group.stop();
      await port.close();
      await canLog?.close();
    },
  };
}

/** Modules emulated on an in-memory bus, their outputs on a DC plant feeding `battery`. */
export function buildEmulatedPower(
  opts: PowerOptions,
  clock: Clock,
  battery: PlantBattery,
  contactorState: () => boolean,
  nowS: () => number,
): PowerRig {
  const protocol = MODULE_PROTOCOLS[opts.stage];
  const bus = new MemoryCanBus();
  const plant = new DcPlant(clock, opts.addresses.length, battery, {}, contactorState);
  const modules = opts.addresses.map(
    (addr, i) => new ModuleEmulator(bus.attach(`module${addr}`), protocol, addr, plant, i, clock),
  );
  let imd: IsolationMonitor = noImd();
  let imdEmu: BenderEmulator | undefined;
  const imdSilent = { on: false };
  if (opts.imd === 'bender') {
    imdEmu = new BenderEmulator(clock, () => plant.inletVoltageV);
    imd = new BenderImd({
      client: memoryModbus(imdEmu.map, { silent: () => imdSilent.on }),
      clock,
      maxVoltageV: opts.params.limits.maxVoltageV,
      pollMs: opts.modbus.pollMs,
      timeoutMs: opts.modbus.timeoutMs,
    });
  }
  return buildRig(opts, clock, bus.attach('piccs'), contactorState, nowS, imd, {
    bus,
    plant,
    modules,
    ...(imdEmu ? { imd: imdEmu } : {}),
    imdSilent,
  });
}

/** Real modules on SocketCAN or SLCAN. */
export async function buildRealPower(
  opts: PowerOptions,
  clock: Clock,
  contactorState: () => boolean,
): Promise<PowerRig> {
  const port =
    opts.transport === 'slcan'
      ? await openSlcanPort({ path: opts.device, bitrate: opts.bitrate })
      : await openSocketcanPort(opts.iface);
  let imd: IsolationMonitor = noImd();
  if (opts.imd === 'bender') {
    const m = opts.modbus;
    const client =
      m.transport === 'tcp'
        ? await openModbusTcp({ host: m.host, port: m.port, unitId: m.imdUnitId, timeoutMs: m.timeoutMs })
        : await openModbusRtu({ path: m.device, baudRate: m.baudRate, unitId: m.imdUnitId, timeoutMs: m.timeoutMs });
    imd = new BenderImd({
      client,
      clock,
      maxVoltageV: opts.params.limits.maxVoltageV,
      pollMs: m.pollMs,
      timeoutMs: m.timeoutMs,
    });
  }
  return buildRig(opts, clock, port, contactorState, () => Date.now() / 1000, imd);
}

/** One line for the summaries: which stage, how many modules, isolation checked or not. */
export function powerSummary(rig: PowerRig) {
  return {
    stage: rig.opts.stage,
    modules: rig.opts.addresses.length,
    canFrames: rig.canLog?.lines ?? rig.group.framesSent,
    isolation: rig.imd.checks ? rig.imd.kind : 'not checked (no IMD)',
    maxCurrentAtOpenA:
      Math.round((rig.emulated ? rig.emulated.plant.maxOpenCurrentA : rig.stage.maxCurrentAtOpenA) * 1000) / 1000,
    ...(rig.stage.latchedFault ? { fault: rig.stage.latchedFault.reason } : {}),
  };
}
