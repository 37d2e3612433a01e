import { describe, expect, expectTypeOf, it } from 'vitest';
import '../../matchers/vitest.js';
import {
  anEvent,
  matchers,
  serializer,
  type AnEvent,
  type EventItem,
  type EventSequence,
  type MatcherContext,
  type MatcherResult,
  type TerminationExpectation,
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

  it('types toHaveTerminatedWith as the matcher reads it', () => {
    expectTypeOf(expect(task).toHaveTerminatedWith)
      .parameter(0)
      .toEqualTypeOf<TerminationExpectation>();
    expectTypeOf(expect(task).toHaveTerminatedWith).toBeCallableWith({
      signal: 9,
      message: /on exit/,
    });
    expectTypeOf(expect(task).toHaveTerminatedWith).toBeCallableWith({
      exitCode: expect.any(Number),
      message: expect.stringContaining('exit'),
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

  it('keeps the argument types on the matchers object for expect.extend users', () => {
    expectTypeOf(matchers.toHaveEventSequence).parameters.toEqualTypeOf<
      [received: unknown, expected: EventSequence]
    >();
    expectTypeOf(matchers.toHaveTerminatedWith)
      .parameter(1)
      .toEqualTypeOf<TerminationExpectation>();
    expectTypeOf(matchers.toHaveRestarted).parameters.toEqualTypeOf<
      [unknown, (number | undefined)?]
    >();
    expectTypeOf(matchers.toBeDead).thisParameter.toEqualTypeOf<MatcherContext>();
    expectTypeOf(matchers.toBeDead).returns.toEqualTypeOf<MatcherResult>();
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
    // @ts-expect-error an exit code is a number
    expect(task).toHaveTerminatedWith({ exitCode: '1' });
    // @ts-expect-error a signal is its number
    expect(task).toHaveTerminatedWith({ signal: 'SIGKILL' });
    // @ts-expect-error the exit message is text
    expect(task).toHaveTerminatedWith({ message: 1 });
    // @ts-expect-error no such termination field
    expect(task).toHaveTerminatedWith({ exitcode: 1 });
  });
});
