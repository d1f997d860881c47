/**
 * A stand-in for src/link/pcap-child.ts in the adapter's tests (no root, no cap): speaks the same pipe framing.
 * Usage: node fake-pcap-child.js MODE ARGS_JSON. Modes:
 *   echo     ready, then every tx frame comes back as rx; a tx frame starting 0xde makes it die by SIGABRT
 *            (as cap does when the interface goes down), 0xee makes it send a warn, 0xbb garbage bytes
 *   error    an `error` message (as when cap is missing), exit 1
 *   exit3    some stderr text, exit 3 without a message
 *   silent   never ready (stays until stdin ends)
 *   args     ready, then its ARGS_JSON as one rx payload whenever the parent sends something
 */

import { encodePipeMessage, PipeDecoder, type PipeMessage } from '../../src/link/pipe-codec.js';

const [mode, argsJson] = process.argv.slice(2);
const out = (m: PipeMessage) => process.stdout.write(encodePipeMessage(m));
process.stdout.on('error', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));

switch (mode) {
  case 'error':
    out({ type: 'error', message: "cannot capture on 'fake0': no cap here", hint: 'npm install' });
    process.exit(1);
    break;
  case 'exit3':
    process.stderr.write('something odd\nlast words of the child\n');
    process.exit(3);
    break;
  case 'silent':
    process.stdin.resume();
    break;
  case 'args':
    out({ type: 'ready' });
    process.stdin.on('data', () => out({ type: 'rx', frame: Buffer.from(argsJson ?? '') }));
    break;
  default: {
    out({ type: 'ready' });
    const d = new PipeDecoder();
    process.stdin.on('data', (chunk: Buffer) => {
      for (const m of d.push(chunk)) {
        if (m.type !== 'tx') continue;
        if (m.frame[0] === 0xde) {
          process.stderr.write("node: ../src/binding.cc:123: Assertion `status == 0' failed.\n");
          process.kill(process.pid, 'SIGABRT');
        } else if (m.frame[0] === 0xee) out({ type: 'warn', text: 'send failed: Network is down' });
        else if (m.frame[0] === 0xbb) process.stdout.write(Buffer.from('ffffffffffff', 'hex'));
        else out({ type: 'rx', frame: m.frame });
      }
    });
  }
}
