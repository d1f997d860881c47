/**
 * The one place where the listener meets the HomePlug MME codec owned by slac/ (names by MMTYPE, decoded fields
 * such as RunID, MACs, attenuation, NID). Until that codec is on main, MMEs are shown by their MMTYPE number.
 */

export interface MmeView {
  name: string;
  fields?: Record<string, unknown>;
}

/** Name and key fields of one MME (`mme` starts at the MMV byte). Never throws. */
export function describeMme(mmtype: number, _mme: Buffer): MmeView {
  return { name: `MMTYPE 0x${mmtype.toString(16).padStart(4, '0')}` };
}
