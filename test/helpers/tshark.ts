/**
 * Test helper: Debian's `tshark` (Wireshark's command line) as an independent reader of the captures piccs writes.
 * Outside CI a missing tshark skips the tests with the reason and the fix; in CI (.ci/run installs it) it fails.
 */

import { execFileSync } from 'node:child_process';

const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

function hasTshark(): boolean {
  try {
    execFileSync('tshark', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `false` when tshark tests should run, else the reason to skip (never in CI: there a missing tshark fails). */
export const TSHARK_SKIP: string | false =
  IN_CI || hasTshark() ? false : "needs Debian's tshark to check the capture; fix: apt-get install tshark";

export interface TsharkFrame {
  protocols: string;
  udpChecksumStatus: string;
  tcpChecksumStatus: string;
  tcpAnalysis: string;
  epochS: number;
  homeplugMmtype: string;
}

/** Every frame of `file` with its protocol stack, checksum verdicts (checking on) and TCP analysis flags. */
export function tsharkFrames(file: string): TsharkFrame[] {
  const out = execFileSync(
    'tshark',
    [
      '-n',
      '-o',
      'udp.check_checksum:TRUE',
      '-o',
      'tcp.check_checksum:TRUE',
      '-r',
      file,
      '-T',
      'fields',
      '-E',
      'separator=\t',
      '-e',
      'frame.protocols',
      '-e',
      'udp.checksum.status',
      '-e',
      'tcp.checksum.status',
      '-e',
      'tcp.analysis.flags',
      '-e',
      'frame.time_epoch',
      '-e',
      'homeplug_av.mmhdr.mmtype',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
  );
  return out
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      const [protocols = '', udp = '', tcp = '', analysis = '', epoch = '0', mmtype = ''] = l.split('\t');
      return {
        protocols,
        udpChecksumStatus: udp,
        tcpChecksumStatus: tcp,
        tcpAnalysis: analysis,
        epochS: Number(epoch),
        homeplugMmtype: mmtype,
      };
    });
}
