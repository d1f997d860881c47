/**
 * Duty cycle <-> current, IEC 61851-1 Annex A (as quoted by the Fluke FEV300 manual, SAE J1772 and
 * EVerest; ../shared/reference/standards.md 2.4.2). Pure functions, table-driven.
 * Knows nothing about hardware or states.
 */

/** 5 % PWM = "digital communication required" (HLC, ISO 15118 / DIN 70121). IEC 61851-1 A.2.3. */
export const DUTY_HLC_PERCENT = 5;

/** Smallest current a nominal duty can advertise (IEC 61851-1: 6 A at 10 %). */
export const NOMINAL_MIN_AMPS = 6;
/** Largest current a nominal duty can advertise (80 A at 96..97 %). */
export const NOMINAL_MAX_AMPS = 80;

export type DutyMeaning =
  | { kind: 'none' } // no charging allowed (duty < 3 % or > 97 %, incl. 100 % = DC)
  | { kind: 'hlc' } // digital communication required
  | { kind: 'error' } // 7..8 %: error, no charging
  | { kind: 'current'; amps: number };

interface DutyBand {
  /** Lower bound, percent. */
  from: number;
  /** Upper bound, percent. */
  to: number;
  fromInclusive: boolean;
  toInclusive: boolean;
  meaning: (d: number) => DutyMeaning;
}

const none = (): DutyMeaning => ({ kind: 'none' });
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The EV's reading of a measured duty (IEC 61851-1 Table A.8 as quoted; Fluke FEV300; EVerest YetiSimulator). */
export const DUTY_TO_CURRENT_TABLE: readonly DutyBand[] = [
  { from: -Infinity, to: 3, fromInclusive: true, toInclusive: false, meaning: none },
  { from: 3, to: 7, fromInclusive: true, toInclusive: true, meaning: () => ({ kind: 'hlc' }) },
  { from: 7, to: 8, fromInclusive: false, toInclusive: false, meaning: () => ({ kind: 'error' }) },
  { from: 8, to: 10, fromInclusive: true, toInclusive: false, meaning: () => ({ kind: 'current', amps: 6 }) },
  {
    from: 10,
    to: 85,
    fromInclusive: true,
    toInclusive: true,
    meaning: (d) => ({ kind: 'current', amps: round2(d * 0.6) }),
  },
  {
    from: 85,
    to: 96,
    fromInclusive: false,
    toInclusive: true,
    meaning: (d) => ({ kind: 'current', amps: round2((d - 64) * 2.5) }),
  },
  { from: 96, to: 97, fromInclusive: false, toInclusive: true, meaning: () => ({ kind: 'current', amps: 80 }) },
  { from: 97, to: Infinity, fromInclusive: false, toInclusive: true, meaning: none },
];

/** What a car makes of a measured duty (percent). */
export function dutyToMeaning(dutyPercent: number): DutyMeaning {
  if (!Number.isFinite(dutyPercent)) return { kind: 'none' };
  for (const b of DUTY_TO_CURRENT_TABLE) {
    const above = b.fromInclusive ? dutyPercent >= b.from : dutyPercent > b.from;
    const below = b.toInclusive ? dutyPercent <= b.to : dutyPercent < b.to;
    if (above && below) return b.meaning(dutyPercent);
  }
  return { kind: 'none' };
}

/** The current a measured duty allows, or 0 when it allows no (nominal) charging. */
export function dutyToAmps(dutyPercent: number): number {
  const m = dutyToMeaning(dutyPercent);
  return m.kind === 'current' ? m.amps : 0;
}

/**
 * The duty an EVSE outputs to offer `amps` (EVerest Charger::ampere_to_duty_cycle rules):
 * below 6 A there is no valid duty (RangeError); 6..51 A: D = I / 0.6; 51..52.5 A is a gap in the
 * table and is clamped down to 51 A (85 %); 52.5..80 A: D = I / 2.5 + 64; above 80 A clamped to 80 A.
 */
export function ampsToDuty(amps: number): number {
  if (!Number.isFinite(amps) || amps < NOMINAL_MIN_AMPS) {
    throw new RangeError(`no nominal duty for ${amps} A: IEC 61851-1 PWM starts at ${NOMINAL_MIN_AMPS} A`);
  }
  const a = Math.min(amps, NOMINAL_MAX_AMPS);
  if (a <= 51) return round2(a / 0.6);
  if (a < 52.5) return round2(51 / 0.6);
  return round2(a / 2.5 + 64);
}
