export * from './candump.js';
export * from './frame.js';
export * from './memory-bus.js';
export * from './port.js';
export * from './slcan.js';
export { openSlcanPort, SERIALPORT_HINT, slcanOverSerial } from './slcan-port.js';
export { openSocketcanPort, SOCKETCAN_HINT, socketcanPort } from './socketcan-port.js';
