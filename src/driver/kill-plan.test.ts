import { describe, expect, it } from 'vitest';

import { planKill } from './kill-plan.js';

const s = 1_000_000_000;

describe('planKill', () => {
  it.each([
    // kill_after, timeout, stop signal, exit_signal -> delay, signal
    { killAfter: 0, timeout: 5 * s, stop: 2, exitSignal: 0, delay: 0, signal: 2 },
    { killAfter: 0, timeout: 5 * s, stop: 15, exitSignal: 0, delay: 0, signal: 15 },
    { killAfter: 3 * s, timeout: 5 * s, stop: 2, exitSignal: 0, delay: 3 * s, signal: 2 },
    { killAfter: 5 * s, timeout: 5 * s, stop: 2, exitSignal: 0, delay: 5 * s, signal: 2 },
    { killAfter: 3 * s, timeout: 5 * s, stop: 2, exitSignal: 11, delay: 3 * s, signal: 11 },
    { killAfter: 5 * s + 1, timeout: 5 * s, stop: 2, exitSignal: 11, delay: 5 * s, signal: 9 },
    { killAfter: 1, timeout: 0, stop: 2, exitSignal: 0, delay: 0, signal: 9 },
    { killAfter: -1, timeout: -1, stop: 2, exitSignal: 0, delay: 0, signal: 2 },
  ])(
    'kill_after $killAfter within timeout $timeout dies after $delay ns with signal $signal',
    ({ killAfter, timeout, stop, exitSignal, delay, signal }) => {
      expect(planKill(killAfter, timeout, stop, exitSignal)).toEqual({ delay, signal });
    },
  );
});
