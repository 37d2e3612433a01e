import { describe, expect, expectTypeOf, it } from 'vitest';
import '../../matchers/vitest.js';
import {
  anEvent,
  matchers,
  serializer,
  type AnEvent,
  type EventItem,
} from '../../matchers/index.js';

declare const task: unknown;

describe('the Vitest augmentation', () => {
  it('adds every matcher to expect()', () => {
    expectTypeOf(expect(task).toHaveEventSequence)
      .parameter(0)
      .toEqualTypeOf<string | readonly EventItem[]>();
    expectTypeOf(expect(task).toHaveEventCount).parameters.toEqualTypeOf<[EventItem, number]>();
    expectTypeOf(expect(task).not.toHaveRestarted).toBeCallableWith(2);
    expectTypeOf(expect(task).toBeRunning).toBeCallableWith();
    expectTypeOf(expect(task).toHaveWritten).toBeCallableWith({ stdout: /x/, stderr: 0 });
    expectTypeOf(expect(task).toHaveTerminatedWith).toBeCallableWith({
      exitCode: 1,
      message: expect.any(String),
    });
  });

  it('adds the asymmetric forms to expect', () => {
    expectTypeOf(expect.toHaveEvent).toBeCallableWith('Started');
  });

  it('types partial events and anEvent', () => {
    expectTypeOf(anEvent('Terminated', { exitCode: 1, at: '30s' })).toEqualTypeOf<AnEvent>();
    expectTypeOf(expect(task).toHaveEvent).toBeCallableWith({
      type: 'Killed',
      at: 35_000,
      reason: expect.stringContaining('x'),
    });
    expectTypeOf(serializer.test).returns.toEqualTypeOf<boolean>();
    expectTypeOf(matchers).toHaveProperty('toHaveEventSequence');
  });

  it('refuses misuse', () => {
    // @ts-expect-error a count of restarts is a number
    expect(task).toHaveRestarted('2');
    // @ts-expect-error a stream is stdout or stderr
    expect(task).toHaveWritten({ stdot: 'x' });
    // @ts-expect-error a sequence is a sentence or an array
    expect(task).toHaveEventSequence(42);
    // @ts-expect-error an event count needs the count
    expect(task).toHaveEventCount('Started');
    // @ts-expect-error a partial event has no such field
    anEvent('Terminated', { exitcode: 1 });
    // @ts-expect-error state matchers take no argument
    expect(task).toBeDead(true);
  });
});
