/**
 * What one `piccs sim` run takes (protocol, mode, charge time, fault and where, pacing, hooks) and returns
 * (the session summary, whether it ended as it should, the SECC response times). Types only; sim.ts runs it.
 */

import type { Log } from '../core/log.js';
import type { SimDcLinkOptions } from '../v2g/index.js';
import type { PowerOptions } from './power-rig.js';
import type { FaultName, SessionSummary } from './summary.js';

export interface SimOptions {
  protocol: 'din' | 'iso2';
  mode: 'dc' | 'ac';
  chargeSeconds: number;
  fault?: FaultName;
  /** Where the fault is injected: a session/V2G state name fragment (default: the charging loop). */
  faultAt?: string;
  /** Record the whole session (SLAC, modem frames, SDP, TCP with V2GTP/EXI) to this pcap file. */
  pcap?: string;
  /** Wall-clock time (us since the epoch) the capture's timestamps start from (default: now). */
  pcapStartUs?: number;
  /** 0 = as fast as possible, 1 = real time. */
  speed: number;
  log?: Log;
  /** Called on every simulation step with a progress snapshot (live terminal line). */
  onProgress?: (p: SimProgress) => void;
  /** Simulated charger and car (config v2g.sim; default: the built-in 50 kW charger and 28 kWh car). */
  link?: SimDcLinkOptions;
  /** Called with each timeline line (human output). */
  onTimeline?: (line: string) => void;
  /** The real power stage driver on emulated modules (--power infypower|uugreen); absent: the simulated stage. */
  power?: PowerOptions;
}

export interface SimProgress {
  simMs: number;
  evse: string;
  pev: string;
  voltageV: number;
  currentA: number;
  socPercent: number;
}

export interface SimResult {
  summary: SessionSummary;
  /** True when the session ended the way it should (normal end, or a fault ending safe). */
  exitOk: boolean;
  /** Every SECC response time of the (first) session, ms, in order (benchmarks pool them). */
  seccResponseMs: number[];
}
