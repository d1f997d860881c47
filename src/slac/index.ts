/** Public surface of slac/: MME codecs, keys, constants, the EVSE and EV matching machines and their options. */

export * from './defs.js';
export { createEvseSlacMachine, type EvseSlacActor, type EvseSlacInput, evseSlacMachine } from './evse.machine.js';
export * from './homeplug.js';
export * from './keys.js';
export type { SlacFailedEvent, SlacMatchedEvent, SlacReport } from './machine-io.js';
export * from './modem.js';
export * from './options.js';
export { createPevSlacMachine, type PevSlacActor, type PevSlacInput, pevSlacMachine } from './pev.machine.js';
