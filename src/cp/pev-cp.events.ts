/**
 * The PEV (car emulator) control-pilot machine's interface: commands in, semantic events out.
 * The PEV session layer starts SLAC on `pwmDetected` with meaning `hlc` (5 %), and asks for power
 * (S2 closed = state C) with `requestPower` when its protocol says so (nominal duty: at once; HLC: before
 * CableCheck / PowerDelivery).
 */

import type { CpReason, CpState } from './classify.js';
import type { DutyMeaning } from './duty.js';
import type { SafetyTripCode } from './safety.js';

export type PevCpCommand =
  /** The car wants power: close S2 (state C) whenever a usable PWM (nominal >= 6 A, or 5 % HLC) is present. */
  | { type: 'requestPower' }
  /** Open S2 (back to state B). */
  | { type: 'stopPower' }
  /** Clear a latched hardware fault and start over. */
  | { type: 'reset' }
  /** The car's battery contactor: close (only while S2 is closed and nothing tripped) / open. */
  | { type: 'closeContactor' }
  | { type: 'openContactor' }
  /** Operator: the welded contactor was repaired. */
  | { type: 'clearWeld' };

export type PevCpEvent =
  /** A pilot appeared (an EVSE drives the CP; the car is in B). */
  | { type: 'pevCp.evseDetected'; at: number }
  /** The pilot vanished (unplugged, CP shorted, cable broken): S2 is open. */
  | { type: 'pevCp.pilotLost'; at: number }
  /** The EVSE drives state F (not available, or an E/F wake-up/retry step): S2 is open. */
  | { type: 'pevCp.evseUnavailable'; at: number }
  /** PWM seen (B2/C2). meaning.kind 'hlc' (5 %) = start SLAC; 'current' = nominal AC charging. */
  | { type: 'pevCp.pwmDetected'; at: number; dutyPercent: number; meaning: DutyMeaning }
  | { type: 'pevCp.dutyChanged'; at: number; dutyPercent: number; meaning: DutyMeaning }
  /** The PWM stopped while the pilot stays (X1 / B1 / C1): S2 is open. */
  | { type: 'pevCp.pwmLost'; at: number }
  | { type: 'pevCp.s2Closed'; at: number }
  | { type: 'pevCp.s2Opened'; at: number }
  /** Every debounced change of the line state seen from the car. */
  | { type: 'pevCp.cpState'; at: number; state: CpState; reason?: CpReason; pwm: boolean; sampleAt: number }
  | { type: 'pevCp.error'; at: number; code: 'hardware' | SafetyTripCode; message: string }
  /** A safety trip cleared (inputs healthy, pilot gone). */
  | { type: 'pevCp.errorCleared'; at: number }
  /** The car's contactor output changed (it always opens before S2). */
  | { type: 'pevCp.contactor'; at: number; closed: boolean };
