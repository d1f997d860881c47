/**
 * Power stage keys (evse and sim): which DC power stage the charger drives (the built-in simulation, or charger
 * modules over CAN), the CAN transport, the module addresses and timing, the stage's limits and the edges of its
 * behaviour (ramp, no switching under load, PreCharge tolerance), and the isolation monitor. Devices and wiring:
 * hw/power.md. CLI: --power, --can-log, --imd.
 */

import { int, num, oneOf, str } from '../spec.js';

export const power = {
  stage: oneOf(
    ['sim', 'infypower', 'uugreen'],
    'sim',
    'DC power stage: sim = simulated charger, infypower = InfyPower REG/BEG modules (CAN V1.13), uugreen = UUGreen UR1000x0 modules',
  ),
  can: {
    transport: oneOf(
      ['socketcan', 'slcan', 'emulated'],
      'socketcan',
      'CAN transport: socketcan (can0, needs the socketcan package), slcan (USB-CAN adapter on a serial port), emulated (in-memory bus with emulated modules; sim and --hw sim)',
    ),
    interface: str('can0', 'SocketCAN interface (ip link set can0 up type can bitrate 125000)'),
    device: str('/dev/ttyACM0', 'SLCAN: serial device of the USB-CAN adapter'),
    bitrate: int(125000, 'CAN bit rate (InfyPower and UUGreen modules: 125 kbit/s)', {
      unit: 'bit/s',
      min: 10000,
      max: 1000000,
    }),
    log: str('', 'candump -L log file of every CAN frame sent and received (empty = none; CLI --can-log)'),
  },
  modules: {
    addresses: str(
      '1',
      'module addresses on the bus, comma separated (InfyPower 0..62, UUGreen 1..127); current is shared equally',
      {
        pattern: /^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/,
        patternHelp: 'numbers separated by commas, e.g. 1,2,3',
      },
    ),
    pollMs: int(50, 'read-request period of each module (readback, keep-alive, alarm detection)', {
      unit: 'ms',
      min: 10,
      max: 1000,
    }),
    keepAliveMs: int(
      1000,
      'set point repetition when nothing changes (modules switch off after 10 s without messages)',
      {
        unit: 'ms',
        min: 100,
        max: 5000,
      },
    ),
    silentMs: int(300, 'a module without an answer this long is a fault (the session ends safe)', {
      unit: 'ms',
      min: 50,
      max: 5000,
    }),
  },
  maxVoltageV: num(500, 'output voltage limit of the module group (EVSEMaximumVoltageLimit)', {
    unit: 'V',
    min: 50,
    max: 1500,
  }),
  minVoltageV: num(150, 'lowest regulated output voltage (EVSEMinimumVoltageLimit)', { unit: 'V', min: 0, max: 1000 }),
  maxCurrentA: num(100, 'output current limit of the whole group (EVSEMaximumCurrentLimit)', {
    unit: 'A',
    min: 1,
    max: 1000,
  }),
  maxPowerW: num(30000, 'output power limit of the whole group (EVSEMaximumPowerLimit)', {
    unit: 'W',
    min: 100,
    max: 1000000,
  }),
  rampAPerS: num(50, "rate at which the output current rises towards the car's request (falls at once)", {
    unit: 'A/s',
    min: 1,
    max: 10000,
  }),
  openCurrentThresholdA: num(5, 'the contactors open only once the current is below this (no switching under load)', {
    unit: 'A',
    min: 0.1,
    max: 50,
  }),
  openWaitMaxMs: int(
    60,
    'longest wait for the current to fall before the contactors open anyway (fault: open within 100 ms)',
    {
      unit: 'ms',
      min: 0,
      max: 90,
    },
  ),
  preChargeToleranceV: num(20, 'PreCharge: contactors close only with the output within this of the battery voltage', {
    unit: 'V',
    min: 1,
    max: 50,
  }),
  cableCheckVoltageV: num(500, 'output voltage during the insulation test (CableCheck), clamped to maxVoltageV', {
    unit: 'V',
    min: 50,
    max: 1500,
  }),
  imd: oneOf(
    ['none', 'bender'],
    'none',
    'isolation monitor: bender = Bender isoCHA425HV on Modbus RTU, none = not fitted (bench supply; every summary says isolation was not checked)',
  ),
  modbus: {
    transport: oneOf(
      ['rtu', 'tcp', 'emulated'],
      'rtu',
      'Modbus transport of the IMD: rtu (RS-485 adapter), tcp (gateway), emulated (sim, --hw sim)',
    ),
    device: str('/dev/ttyUSB0', 'Modbus RTU: serial device of the RS-485 adapter'),
    baudRate: int(19200, 'Modbus RTU baud rate (isoCHA425HV default 19200)', { unit: 'baud', min: 1200, max: 115200 }),
    host: str('127.0.0.1', 'Modbus TCP gateway host'),
    port: int(502, 'Modbus TCP gateway port', { min: 1, max: 65535 }),
    imdUnitId: int(3, 'Modbus unit id of the IMD', { min: 1, max: 247 }),
    pollMs: int(200, 'IMD read period', { unit: 'ms', min: 20, max: 5000 }),
    timeoutMs: int(1000, 'an IMD without an answer this long is a fault', { unit: 'ms', min: 100, max: 10000 }),
  },
} as const;
