/**
 * V2G application layer facade: SECC (charger) and EVCC (car) for DIN 70121 and ISO 15118-2, transport-agnostic
 * (they talk EXI JSON documents through a V2gMessagePort and take time from a Clock).
 */

export * from './apphand.js';
export * from './controller.js';
export * from './events.js';
export { BadContent, type EvseSnapshot, type SeccConfig, type SeccCtx } from './evse/context.js';
export { failedResponse } from './evse/failed-responses.js';
export { SECC_HANDLERS } from './evse/handlers/index.js';
export { DEFAULT_SECC_CONFIG, Secc, type SeccOptions, type SeccSettings, type V2gOutcome } from './evse/secc.js';
export * from './messages.js';
export type { EvccConfig, EvccCtx } from './pev/context.js';
export { DEFAULT_EVCC_CONFIG, Evcc, type EvccOptions, type EvccOutcome, type EvccSettings } from './pev/evcc.js';
export { EVCC_REQUESTS } from './pev/requests/index.js';
export * from './physical.js';
export * from './port.js';
export * from './protocols.js';
export * from './sequence.js';
export * from './settings.js';
export {
  DEFAULT_SIM_EV,
  DEFAULT_SIM_EVSE,
  SimDcLink,
  type SimDcLinkOptions,
  type SimEvParams,
  type SimEvseParams,
} from './sim/dc-link.js';
export * from './timing.js';
export * from './types.js';
