import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { anEvent } from '../../matchers/index.js';
import { CRASH_LOOP, failureOf, timelineOf } from './fixtures.js';

const events = timelineOf(CRASH_LOOP).toArray();

describe('anEvent', () => {
  it('matches an event by type, in any case, and by fields', () => {
    expect(events).toContainEqual(anEvent('terminated', { exitCode: 1, at: '30s' }));
    expect(events).not.toContainEqual(anEvent('Terminated', { exitCode: 2 }));
    expect(events[4]).toEqual(
      anEvent('Restarting', { reason: 'Restart within policy', startDelay: expect.any(Number) }),
    );
  });

  it('nests in other matchers', () => {
    expect({ last: events.at(-1) }).toEqual({ last: anEvent('Started', { at: 45_000 }) });
  });

  it.each([
    [
      anEvent('started', { task: expect.any(String), at: '1s' }),
      'anEvent("Started", { task: Any<String>, at: "1s" })',
    ],
    [anEvent('Killed'), 'anEvent("Killed")'],
    [anEvent('Killed', {}), 'anEvent("Killed")'],
    [
      anEvent('Killed', { signal: undefined as never, at: 35_000 }),
      'anEvent("Killed", { at: 35000 })',
    ],
    [
      anEvent('Terminated', { exitMessage: expect.stringContaining('boom') }),
      'anEvent("Terminated", { exitMessage: StringContaining "boom" })',
    ],
    [
      anEvent('Terminated', { exitMessage: expect.stringMatching(/bo+m/) }),
      'anEvent("Terminated", { exitMessage: StringMatching /bo+m/ })',
    ],
    [
      anEvent('Started', { time: new Date('2025-01-01T00:00:45Z') }),
      'anEvent("Started", { time: Date(2025-01-01T00:00:45.000Z) })',
    ],
  ])('prints itself on one line, the way it was written: %s', (matcher, text) => {
    expect([matcher.toAsymmetricMatcher(), String(matcher)]).toEqual([text, text]);
  });

  it('shows that line where toContainEqual fails, beside the received events', () => {
    const message = failureOf(() =>
      expect(events).toContainEqual(anEvent('Killed', { signal: expect.any(Number), at: '30s' })),
    );
    expect(message.split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(
      `"expected [ …(6) ] to deep equally contain anEvent("Killed", { signal: Any<Number>, at: "30s" })"`,
    );
  });

  it('throws on a type that does not exist', () => {
    expect(() => anEvent('Terminted')).toThrowErrorMatchingInlineSnapshot(
      `[BadArgument: taskdouble: anEvent.type: "Terminted" is not an event type (did you mean "Terminated"?)]`,
    );
  });
});
