/**
 * Fake child actors for the top session statecharts: each records the commands it receives,
 * whether it is running, and lets the test send events upward as the real child would.
 */

import { type AnyEventObject, fromCallback } from 'xstate';

export interface FakeChild {
  running: boolean;
  starts: number;
  received: string[];
  input: unknown;
  /** Send an event up to the parent (only while running). */
  emit(ev: AnyEventObject): void;
}

export function fakeChild(): { child: FakeChild; logic: ReturnType<typeof fromCallback<AnyEventObject, unknown>> } {
  let sendBack: ((e: AnyEventObject) => void) | undefined;
  const child: FakeChild = {
    running: false,
    starts: 0,
    received: [],
    input: undefined,
    emit(ev) {
      if (!child.running || !sendBack) throw new Error(`fake child not running, cannot emit ${ev.type}`);
      sendBack(ev);
    },
  };
  const logic = fromCallback<AnyEventObject, unknown>(({ sendBack: sb, receive, input }) => {
    sendBack = sb;
    child.running = true;
    child.starts++;
    child.input = input;
    receive((e) => child.received.push(e.type));
    return () => {
      child.running = false;
    };
  });
  return { child, logic };
}
