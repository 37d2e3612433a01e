import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import './vitest.js';

import { TYPE_COLUMN_FROM } from '../src/events/timeline.js';
import { Timeline, createTaskEvent } from '../src/events/index.js';

const START = new Date('2026-01-01T00:00:00Z');

// A crash loop long enough for its timeline to search a type column, ending in Not Restarting.
function crashLoop(): Timeline {
  const timeline = new Timeline({ seed: 7, start: START });
  const add = (type: 'Started' | 'Terminated' | 'Restarting' | 'Not Restarting'): void => {
    const fields = type === 'Terminated' ? { exitCode: 1 } : {};
    const where = { task: 'web', alloc: 'demo.web[0]', at: timeline.length * 1e9, start: START };
    timeline.append(createTaskEvent(type, fields, where));
  };
  while (timeline.length < TYPE_COLUMN_FROM * 2) {
    add('Started');
    add('Terminated');
    add('Restarting');
  }
  add('Not Restarting');
  return timeline;
}

// The message of a failed assertion, or 'passed'; without its last line, which names what was
// received ("a timeline" or "an array of events") and is all that may differ between the two.
function outcome(run: () => void): string {
  try {
    run();
    return 'passed';
  } catch (error) {
    const lines = stripVTControlCharacters((error as Error).message).split('\n');
    return lines.slice(0, -1).join('\n');
  }
}

describe('matchers on a long timeline', () => {
  const timeline = crashLoop();
  const array = timeline.toArray();

  it.each([
    [
      'a sequence up to the last event',
      (r: unknown) => expect(r).toHaveEventSequence('Started then Not Restarting'),
    ],
    [
      'a sequence that is not there',
      (r: unknown) => expect(r).toHaveEventSequence('Not Restarting then Started'),
    ],
    [
      'a sequence with a field no event has',
      (r: unknown) => expect(r).toHaveEventSequence('Started then Terminated with exit code 2'),
    ],
    [
      'a negated sequence',
      (r: unknown) =>
        expect(r).not.toHaveEventSequence(['Restarting', { type: 'Started', at: '6s' }]),
    ],
    [
      'an item with no type',
      (r: unknown) => expect(r).toHaveEventSequence([expect.objectContaining({ type: 'Killed' })]),
    ],
    ['one event', (r: unknown) => expect(r).toHaveEvent('Not Restarting')],
    ['one missing event', (r: unknown) => expect(r).toHaveEvent('Killed')],
    ['a count', (r: unknown) => expect(r).toHaveEventCount('Terminated with exit code 1', 3)],
    ['a count of none', (r: unknown) => expect(r).not.toHaveEventCount('Killed', 0)],
    ['restarts', (r: unknown) => expect(r).toHaveRestarted(2)],
  ])('judge %s as they judge the same events in an array', (_title, check) => {
    const fromTimeline = outcome(() => check(timeline));

    expect(fromTimeline).toBe(outcome(() => check(array)));
  });

  it('draw the failure around the point where matching stopped', () => {
    const message = outcome(() =>
      expect(timeline).toHaveEventSequence('Not Restarting then Started'),
    );

    expect(message.split('\n').slice(2).join('\n')).toMatchInlineSnapshot(`
      "Expected sequence: Not Restarting then Started
      Matched 1 of 2 items; item 2 is missing: Started

      Received timeline:
            … 2020 earlier events
            33m40s  Terminated      Exit Code: 1
            33m41s  Restarting      Task restarting in 0s
            33m42s  Started         Task started by client
            33m43s  Terminated      Exit Code: 1
            33m44s  Restarting      Task restarting in 0s
            33m45s  Started         Task started by client
            33m46s  Terminated      Exit Code: 1
            33m47s  Restarting      Task restarting in 0s
            33m48s  Started         Task started by client
            33m49s  Terminated      Exit Code: 1
            33m50s  Restarting      Task restarting in 0s
            33m51s  Started         Task started by client
            33m52s  Terminated      Exit Code: 1
            33m53s  Restarting      Task restarting in 0s
            33m54s  Started         Task started by client
            33m55s  Terminated      Exit Code: 1
            33m56s  Restarting      Task restarting in 0s
            33m57s  Started         Task started by client
            33m58s  Terminated      Exit Code: 1
            33m59s  Restarting      Task restarting in 0s
            34m0s   Started         Task started by client
            34m1s   Terminated      Exit Code: 1
            34m2s   Restarting      Task restarting in 0s
            34m3s   Started         Task started by client
            34m4s   Terminated      Exit Code: 1
            34m5s   Restarting      Task restarting in 0s
            34m6s   Started         Task started by client
            34m7s   Terminated      Exit Code: 1
            34m8s   Restarting      Task restarting in 0s
        ✓1  34m9s   Not Restarting  Task exceeded restart policy
            ↓ no event after this one matches item 2
      "
    `);
  });
});
