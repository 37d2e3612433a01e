import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TYPE_COLUMN_FROM } from '../src/events/timeline.js';
import { Timeline, createTaskEvent, type TaskEvent } from '../src/events/index.js';
import { type EventPattern, compileSequence } from './event-pattern.js';
import { findEvent, findEvents, findSequence } from './find-sequence.js';
import { looseEquals } from './loose-equals.js';
import type { EventList } from './read-received.js';

const START = new Date('2026-01-01T00:00:00Z');
const WHERE = { task: 'web', alloc: 'demo.web[0]', start: START };
const TYPES = ['Received', 'Started', 'Terminated', 'Restarting', 'Not Restarting'] as const;

/** One event of a generated timeline: its type and, for Terminated, its exit code. */
type Spec = readonly [type: (typeof TYPES)[number], exitCode: number];

/** The specs repeated `times` times, as a Timeline: long ones search their type column. */
function timelineOf(specs: readonly Spec[], times: number): Timeline {
  const timeline = new Timeline({ start: START });
  for (let round = 0; round < times; round++) {
    for (const [type, exitCode] of specs) {
      const fields = type === 'Terminated' ? { exitCode } : {};
      timeline.append(createTaskEvent(type, fields, { ...WHERE, at: timeline.length }));
    }
  }
  return timeline;
}

/** A list that has no type search of its own, so the matchers read it event by event. */
function plainList(events: readonly TaskEvent[]): EventList {
  return events;
}

/** Runs `search` with an `equals` that notes every comparison it is asked for. */
function noted<T>(search: (equals: typeof looseEquals) => T): { result: T; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const result = search((actual, expected) => {
    calls.push([actual, expected]);
    return looseEquals(actual, expected);
  });
  return { result, calls };
}

const item = fc.oneof(
  fc.constantFrom(...TYPES, 'Killed'),
  fc.constantFrom('Terminated with exit code 1', 'Terminated with exit code 2', 'web: Started'),
  fc.record({ type: fc.constantFrom(...TYPES), exitCode: fc.integer({ min: 0, max: 2 }) }),
  // No type: every event is a candidate, and `equals` decides.
  fc.constant(expect.objectContaining({ type: 'Restarting' })),
  fc.record({ exitCode: fc.integer({ min: 0, max: 2 }) }),
);

describe('findSequence, findEvent and findEvents', () => {
  // The type column must change what is read, never what is found: the same indexes, and the
  // same comparisons asked of `equals` (an asymmetric matcher may count its calls).
  it('find on a Timeline what a plain scan of its events finds, asking the same comparisons', () => {
    const spec = fc.tuple(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(item, { minLength: 1, maxLength: 5 }),
        (specs, times, items) => {
          const timeline = timelineOf(specs, times);
          const plain = plainList(timeline.toArray());
          const patterns = compileSequence(items, 'expected');
          const [first] = patterns as [EventPattern];

          for (const search of [
            (list: EventList, equals: typeof looseEquals) => findSequence(list, patterns, equals),
            (list: EventList, equals: typeof looseEquals) => findEvent(list, first, equals),
            (list: EventList, equals: typeof looseEquals) => findEvents(list, first, equals),
          ]) {
            const column = noted((equals) => search(timeline, equals));
            const scan = noted((equals) => search(plain, equals));
            expect(column.result).toStrictEqual(scan.result);
            expect(column.calls.length).toBe(scan.calls.length);
            column.calls.forEach(([actual, expected], index) => {
              expect(actual).toBe(scan.calls[index]?.[0]);
              expect(expected).toBe(scan.calls[index]?.[1]);
            });
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('finds a sequence whose last item comes only at the end of a long timeline', () => {
    const cycle: Spec[] = [
      ['Terminated', 1],
      ['Restarting', 0],
      ['Started', 0],
    ];
    const timeline = timelineOf(cycle, TYPE_COLUMN_FROM);
    timeline.append(createTaskEvent('Not Restarting', {}, { ...WHERE, at: timeline.length }));
    const patterns = compileSequence('Started then Restarting then Not Restarting', 'expected');

    expect(findSequence(timeline, patterns, looseEquals)).toStrictEqual([
      2,
      4,
      3 * TYPE_COLUMN_FROM,
    ]);
    expect(findEvents(timeline, patterns[2] as EventPattern, looseEquals)).toStrictEqual([
      3 * TYPE_COLUMN_FROM,
    ]);
  });
});
