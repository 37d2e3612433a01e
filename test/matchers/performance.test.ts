import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { START } from './fixtures.js';
import { Timeline, createTaskEvent } from '../../src/events/index.js';

// DESIGN §10: a sequence check on a 100,000-event timeline takes under 20 ms, and is linear.
function bigTimeline(size: number): Timeline {
  const timeline = new Timeline({ start: START });
  const place = { task: 'web', alloc: 'demo.web[0]', start: START };
  for (let i = 0; i < size; i++) {
    timeline.append(
      createTaskEvent(
        i % 2 === 0 ? 'Started' : 'Terminated',
        { exitCode: 1 },
        { ...place, at: i * 1000 },
      ),
    );
  }
  return timeline;
}

function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const begin = performance.now();
    run();
    best = Math.min(best, performance.now() - begin);
  }
  return best;
}

describe('sequence matching', () => {
  const timeline = bigTimeline(100_000);

  it('checks a 100,000-event timeline in under 20 ms', () => {
    const elapsed = fastest(() => {
      expect(timeline).toHaveEventSequence([
        { type: 'Started' },
        { type: 'Terminated', at: '99.999ms' },
      ]);
      expect(timeline).toHaveEventSequence('Started then Terminated with exit code 1 at 99.999ms');
      expect(timeline).not.toHaveEventSequence('Killed');
    });
    expect(elapsed).toBeLessThan(20);
  });
});
