/**
 * Proximity pilot (PP) of a Type 2 socket: the coding resistor Rc between PP and PE in the cable's plug tells
 * the cable's current capacity (IEC 61851-1 Annex B, IEC 62196-2). A table, not an if-chain: nominal value,
 * the band the EVSE accepts for it, and the current. Outside every band (open, short, broken coding) = invalid.
 * Pure.
 */

export interface PpBand {
  /** Nominal Rc, ohms (IEC 61851-1 Annex B Table B.2 / IEC 62196-2). */
  nominalOhms: number;
  /** Accepted range [min, max), ohms: boundaries between neighbouring codes, as EVerest's simulator uses them. */
  minOhms: number;
  maxOhms: number;
  /** Cable current capacity, A. */
  amps: number;
}

/** Cable coding, smallest resistance first. */
export const PP_BANDS: readonly PpBand[] = Object.freeze([
  { nominalOhms: 100, minOhms: 80, maxOhms: 140, amps: 63 },
  { nominalOhms: 220, minOhms: 140, maxOhms: 308, amps: 32 },
  { nominalOhms: 680, minOhms: 308, maxOhms: 936, amps: 20 },
  { nominalOhms: 1500, minOhms: 936, maxOhms: 2460, amps: 13 },
]);

/** The cable's current capacity for a PP resistance, or null when it matches no code (invalid PP). */
export function ppAmps(ohms: number): number | null {
  if (!Number.isFinite(ohms) && ohms !== Infinity) return null;
  for (const b of PP_BANDS) if (ohms >= b.minOhms && ohms < b.maxOhms) return b.amps;
  return null;
}

/**
 * The PP front end (hw/schematic): Rc to PE, a pull-up `pullUpOhms` to `vrefV`, the node read by the ADC.
 * Returns Rc in ohms from the ADC volts (Infinity at or above the reference: no cable).
 */
export function ppOhmsFromVolts(v: number, vrefV: number, pullUpOhms: number): number {
  if (!Number.isFinite(v)) return Number.NaN;
  if (v >= vrefV * 0.995) return Infinity;
  if (v <= 0) return 0;
  return (pullUpOhms * v) / (vrefV - v);
}

/** The ADC volts for a given Rc (the inverse, for the simulation and the test-point table). */
export function ppVoltsFromOhms(ohms: number, vrefV: number, pullUpOhms: number): number {
  if (ohms === Infinity) return vrefV;
  return (vrefV * ohms) / (ohms + pullUpOhms);
}
