import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { START, failureOf } from './fixtures.js';
import { Timeline, createTaskEvent } from '../../src/events/index.js';

// Large timelines match correctly; their speed is measured by `npm run bench` (figure 3), never
// by a timed test on a shared machine.
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

describe('sequence matching', () => {
  const timeline = bigTimeline(100_000);

  it('finds items anywhere in a 100,000-event timeline, up to its last event', () => {
    expect(timeline).toHaveEventSequence([
      { type: 'Started' },
      { type: 'Terminated', at: '99.999ms' },
    ]);
    expect(timeline).toHaveEventSequence('Started then Terminated with exit code 1 at 99.999ms');
    expect(timeline).not.toHaveEventSequence('Killed');
    expect(timeline).not.toHaveEventSequence('Terminated at 100ms');
  });

  it('names the closest near miss in a failure and counts the others of its type', () => {
    const message = failureOf(() =>
      expect(timeline).toHaveEventSequence('Terminated with exit code 2'),
    );
    expect(message).toContain(
      'Near misses: Terminated at 1µs has exit code 1 (expected 2)\n             … 49999 more Terminated events differ the same way\n',
    );
  });
});
