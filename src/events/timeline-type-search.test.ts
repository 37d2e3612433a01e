import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TYPE_COLUMN_FROM, Timeline } from './timeline.js';

interface Item {
  readonly type: string;
  readonly at: number;
}

// Plain objects: the search reads nothing but `type`, whatever else an event holds.
function append(timeline: Timeline<Item>, types: readonly string[], times = 1): void {
  for (let round = 0; round < times; round++) {
    for (const type of types) timeline.append({ type, at: timeline.length });
  }
}

/** What a search must answer: the plain scan over a copy of the events. */
function scan(
  events: readonly Item[],
  type: string,
  accept: (event: Item, index: number) => boolean,
  fromIndex: number,
): number {
  const whole = Math.trunc(fromIndex) || 0;
  const from = whole < 0 ? Math.max(0, events.length + whole) : whole;
  for (let index = from; index < events.length; index++) {
    const event = events[index] as Item;
    if (event.type === type && accept(event, index)) return index;
  }
  return -1;
}

/** Searches the timeline and scans a copy of its events, noting the events each offers `accept`. */
function bothWays(
  timeline: Timeline<Item>,
  type: string,
  fromIndex: number,
  accept: (event: Item, index: number) => boolean = () => true,
): { column: Search; plain: Search } {
  const events = timeline.toArray();
  const run = (find: (check: (event: Item, index: number) => boolean) => number): Search => {
    const seen: number[] = [];
    const found = find((event, index) => {
      expect(event).toBe(events[index]);
      seen.push(index);
      return accept(event, index);
    });
    return { found, seen };
  };
  return {
    column: run((check) => timeline.findIndexOfType(type, check, fromIndex)),
    plain: run((check) => scan(events, type, check, fromIndex)),
  };
}

interface Search {
  readonly found: number;
  readonly seen: readonly number[];
}

const LONG = TYPE_COLUMN_FROM + 1000;

describe('Timeline indexOfType', () => {
  it('finds the first event of a type from an index, exactly and counting like indexOf', () => {
    const timeline = new Timeline<Item>();
    append(timeline, ['Received', 'Started', 'Terminated', 'Started']);

    expect(timeline.indexOfType('Started')).toBe(1);
    expect(timeline.indexOfType('Started', 2)).toBe(3);
    expect(timeline.indexOfType('Started', -1)).toBe(3);
    expect(timeline.indexOfType('Started', -10)).toBe(1);
    expect(timeline.indexOfType('Started', 4)).toBe(-1);
    expect(timeline.indexOfType('started')).toBe(-1);
    expect(timeline.indexOfType('Killed')).toBe(-1);
  });

  it('answers a long timeline the same, also for types it has never held', () => {
    const timeline = new Timeline<Item>();
    append(timeline, ['Received', 'Started', 'Terminated'], LONG / 3);
    append(timeline, ['Not Restarting']);

    expect(timeline.indexOfType('Received', 1)).toBe(3);
    expect(timeline.indexOfType('Not Restarting')).toBe(timeline.length - 1);
    expect(timeline.indexOfType('Not Restarting', -1)).toBe(timeline.length - 1);
    expect(timeline.indexOfType('Killed')).toBe(-1);
    expect(timeline.indexOfType('Started', timeline.length)).toBe(-1);
  });

  it('finds events appended after a search, before and after the timeline grows long', () => {
    const timeline = new Timeline<Item>();
    append(timeline, ['Started'], TYPE_COLUMN_FROM - 1);
    expect(timeline.indexOfType('Terminated')).toBe(-1);

    append(timeline, ['Terminated']);
    expect(timeline.indexOfType('Terminated')).toBe(TYPE_COLUMN_FROM - 1);

    append(timeline, ['Started', 'Killed'], 3000);
    expect(timeline.indexOfType('Killed')).toBe(TYPE_COLUMN_FROM + 1);
    expect(timeline.indexOfType('Killed', -1)).toBe(timeline.length - 1);

    append(timeline, ['Driver Failure']);
    expect(timeline.indexOfType('Driver Failure')).toBe(timeline.length - 1);
  });

  it('still finds every event after a long timeline is trimmed, and after it grows again', () => {
    const timeline = new Timeline<Item>();
    append(timeline, ['Started', 'Terminated'], LONG);
    expect(timeline.indexOfType('Terminated', 100)).toBe(101);

    timeline.trim();
    expect(timeline.indexOfType('Terminated', 100)).toBe(101);
    expect(timeline.indexOfType('Killed')).toBe(-1);

    append(timeline, ['Killed']);
    timeline.trim();
    append(timeline, ['Killed']);
    expect(timeline.indexOfType('Killed')).toBe(2 * LONG);
    expect(timeline.indexOfType('Killed', 2 * LONG + 1)).toBe(2 * LONG + 1);
  });

  it('tells apart more types than a byte has codes for', () => {
    const types = Array.from({ length: 300 }, (_, index) => `type ${index}`);
    const timeline = new Timeline<Item>();
    append(timeline, types, 5);

    for (const type of [...types, 'type 300', 'none']) {
      for (const from of [0, 700, timeline.length - 200]) {
        const { column, plain } = bothWays(timeline, type, from);
        expect(column).toStrictEqual(plain);
      }
    }
  });

  it('compares types exactly, also when an event brings a type that is not a string', () => {
    const timeline = new Timeline<Item>();
    append(timeline, ['Started'], LONG);
    timeline.append({ type: 7 as unknown as string, at: 0 });
    timeline.append({ type: '7', at: 0 });

    expect(timeline.indexOfType('7')).toBe(LONG + 1);
    expect(timeline.indexOfType(7 as unknown as string)).toBe(LONG);
  });

  it('gives ofType the events of one type, in order, on long timelines too', () => {
    const timeline = new Timeline<Item>({ seed: 3 });
    append(timeline, ['Started', 'Terminated', 'Restarting'], LONG);

    const restarts = timeline.ofType('Restarting');

    expect(restarts.length).toBe(LONG);
    expect(restarts.at(1)).toBe(timeline.at(5));
    expect(restarts.seed).toBe(3);
    expect(restarts.toArray()).toStrictEqual(
      timeline.filter((e) => e.type === 'Restarting').toArray(),
    );
  });
});

describe('Timeline findIndexOfType', () => {
  it('offers only events of the type, in order with their indexes, until one is accepted', () => {
    const timeline = new Timeline<Item>();
    append(timeline, ['Started', 'Terminated'], LONG);
    const seen: number[] = [];

    const found = timeline.findIndexOfType(
      'Terminated',
      (event, index) => {
        seen.push(index);
        return event.at === 7;
      },
      2,
    );

    expect(found).toBe(7);
    expect(seen).toStrictEqual([3, 5, 7]);
  });

  // The specification of the column: whatever was appended, trimmed and searched before, a
  // search answers and offers events exactly as a plain scan of the events does.
  it('answers and offers events as a plain scan does, through appends, trims and searches', () => {
    const type = fc.constantFrom('Received', 'Started', 'Terminated', 'Restarting', 'Killed', '');
    const step = fc.oneof(
      fc.record({
        append: fc.array(fc.oneof(type, fc.string({ maxLength: 2 })), {
          minLength: 1,
          maxLength: 6,
        }),
        times: fc.integer({ min: 1, max: 400 }),
      }),
      fc.constant('trim' as const),
      fc.record({
        search: type,
        // Where to start, as a share of the timeline's length then; negative counts from its end.
        from: fc.double({ min: -1.1, max: 1.1, noNaN: true }),
        every: fc.integer({ min: 1, max: 4 }),
      }),
    );

    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const timeline = new Timeline<Item>();
        for (const one of steps) {
          if (one === 'trim') timeline.trim();
          else if ('append' in one) append(timeline, one.append, one.times);
          else {
            const from = Math.trunc(one.from * timeline.length);
            const accept = (event: Item): boolean => event.at % one.every === 0;
            const { column, plain } = bothWays(timeline, one.search, from, accept);
            expect(column).toStrictEqual(plain);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
