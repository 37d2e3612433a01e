import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { anEvent } from '../../matchers/index.js';
import { CRASH_LOOP, timelineOf } from './fixtures.js';

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

  it('prints itself the way it was written', () => {
    expect(anEvent('started', { task: expect.any(String), at: '1s' }).toAsymmetricMatcher()).toBe(
      'anEvent("Started", { task: Any<String>, at: "1s" })',
    );
    expect(String(anEvent('Killed'))).toBe('anEvent');
  });

  it('throws on a type that does not exist', () => {
    expect(() => anEvent('Terminted')).toThrowErrorMatchingInlineSnapshot(
      `[BadArgument: taskdouble: anEvent.type: "Terminted" is not an event type (did you mean "Terminated"?)]`,
    );
  });
});
