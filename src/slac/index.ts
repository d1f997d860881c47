/** Public surface of slac/: MME codecs, keys, constants (machines are exported as they land). */

export * from './defs.js';
export * from './homeplug.js';
export * from './keys.js';
