import { setImmediate as nodeSetImmediate } from 'node:timers';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { realTimers } from './real-timers.js';
import { VirtualClock } from './virtual-clock.js';

afterEach(() => {
  vi.restoreAllMocks();
});

// Each instant waits for real event-loop turns until one passes without timer activity. What the
// instant's own promise jobs schedule (a reaction one or two jobs after its timers fired) is not
// activity inside the turn, so such an instant costs one turn, not two.
describe('settling an instant', () => {
  it('takes one real turn when its timers schedule the next from a promise job or two', async () => {
    const clock = new VirtualClock();
    let left = 4;
    const step = (): void => {
      void Promise.resolve()
        .then(() => undefined)
        .then(() => {
          left -= 1;
          if (left > 0) clock.setTimer(1, step);
        });
    };
    clock.setTimer(1, step);
    const turns = vi.spyOn(realTimers, 'setImmediate');

    await clock.runUntilIdle();

    // One turn settles what was due at the start, then one per instant.
    expect({ left, turns: turns.mock.calls.length }).toEqual({ left: 0, turns: 1 + 4 });
  });

  it('takes a second turn when a chain is still scheduling after the first', async () => {
    const clock = new VirtualClock();
    const seen: number[] = [];
    clock.setTimer(1, () => {
      nodeSetImmediate(() => {
        clock.setTimer(5, () => seen.push(clock.now));
      });
    });
    const turns = vi.spyOn(realTimers, 'setImmediate');

    await clock.advance(10);

    // The start; instant 1, whose first turn saw the chain schedule, then a quiet one; instant 6.
    expect({ seen, turns: turns.mock.calls.length }).toEqual({ seen: [6], turns: 1 + 2 + 1 });
  });
});
