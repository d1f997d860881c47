/**
 * V2G transport facade: the V2gConnection port and its TCP server (SECC) and client (EVCC).
 * TLS will be added behind the same port (another V2gConnection implementation, same server/client options).
 */

export {
  connectEvccComm,
  type EvccComm,
  type EvccCommOptions,
  type SeccComm,
  type SeccCommOptions,
  startSeccComm,
} from './comm.js';
export type {
  V2gCloseBy,
  V2gCloseInfo,
  V2gCloseListener,
  V2gConnection,
  V2gMessageListener,
} from './connection.js';
export { TcpV2gConnection } from './connection.js';
export { createExiPort, type ExiPortOptions } from './exi-port.js';
export { connectV2g, TCP_CONNECT_TIMEOUT_MS, type V2gClientOptions, V2gConnectError } from './tcp-client.js';
export {
  LISTEN_RETRY_INTERVAL_MS,
  LISTEN_RETRY_TIMEOUT_MS,
  SECC_PORT_RANGE_MAX,
  SECC_PORT_RANGE_MIN,
  V2gServer,
  type V2gServerOptions,
} from './tcp-server.js';
