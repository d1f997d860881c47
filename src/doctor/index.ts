/** `piccs doctor`: system checks with pass/warn/fail/skip and a fix hint each. Facts come through a port. */

export { hostFacts, type Outcome, type SystemFacts } from './facts.js';
export { type HalView, halView } from './hal-view.js';
export { type PiBoard, parsePiModel } from './pi.js';
export { renderReport } from './render.js';
export { CHECKS, type DoctorInput, runDoctor } from './run.js';
export type {
  Check,
  CheckResult,
  CheckStatus,
  CpVolts,
  DoctorContext,
  DoctorProbes,
  DoctorReport,
  Role,
} from './types.js';
