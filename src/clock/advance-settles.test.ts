import { describe, expect, it } from 'vitest';

import { VirtualClock } from './index.js';

describe('advance', () => {
  it('lets continuations started before the call schedule their timers first', async () => {
    const clock = new VirtualClock();
    const seen: number[] = [];

    void (async () => {
      await Promise.resolve();
      await Promise.resolve();
      clock.setTimer(10, () => seen.push(clock.now));
    })();
    await clock.advance(10);

    expect(seen).toEqual([10]);
  });
});
