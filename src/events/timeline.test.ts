import { describe, expect, it } from 'vitest';
import { KIND } from './kind.js';
import { createTaskEvent, type TaskEvent } from './task-event.js';
import type { TaskEventType } from './task-event-type.js';
import { Timeline } from './timeline.js';

const start = new Date('2024-05-01T12:00:00Z');

function event(task: string, type: TaskEventType, at = 0): TaskEvent {
  return createTaskEvent(type, {}, { task, alloc: 'demo.g[0]', at, start });
}

function typesOf(timeline: Iterable<{ type: string }>): string[] {
  return Array.from(timeline, (item) => item.type);
}

describe('Timeline', () => {
  it('starts empty, with the given seed and start', () => {
    const timeline = new Timeline({ seed: 7, start });

    expect(timeline.length).toBe(0);
    expect(timeline.seed).toBe(7);
    expect(timeline.start).toBe(start);
    expect(timeline.at(0)).toBeUndefined();
    expect(timeline.last()).toBeUndefined();
  });

  it('defaults to no seed and the Unix epoch', () => {
    const timeline = new Timeline();

    expect(timeline.seed).toBeUndefined();
    expect(timeline.start).toStrictEqual(new Date(0));
  });

  it('carries the timeline brand', () => {
    expect(new Timeline()[KIND]).toBe('timeline');
    expect(KIND).toBe(Symbol.for('taskdouble.kind'));
  });

  it('keeps events in append order, and the very objects appended', () => {
    const timeline = new Timeline();
    const received = event('web', 'Received');
    timeline.append(received);
    timeline.append(event('web', 'Task Setup'));
    timeline.append(event('web', 'Started', 5));

    expect(timeline.length).toBe(3);
    expect(timeline.at(0)).toBe(received);
    expect(typesOf(timeline)).toStrictEqual(['Received', 'Task Setup', 'Started']);
  });

  it.each([
    [0, 'Received'],
    [2, 'Started'],
    [-1, 'Started'],
    [-3, 'Received'],
    [3, undefined],
    [-4, undefined],
  ])('at(%i) is %s, like Array.prototype.at', (index, type) => {
    const timeline = new Timeline();
    for (const kind of ['Received', 'Task Setup', 'Started'] as const) {
      timeline.append(event('web', kind));
    }

    expect(timeline.at(index)?.type).toBe(type);
  });

  it('gives the last event', () => {
    const timeline = new Timeline();
    timeline.append(event('web', 'Received'));
    timeline.append(event('web', 'Started'));

    expect(timeline.last()?.type).toBe('Started');
  });

  it('gives a copy from toArray', () => {
    const timeline = new Timeline();
    timeline.append(event('web', 'Received'));
    const copy = timeline.toArray();
    copy.pop();

    expect(timeline.length).toBe(1);
    expect(JSON.parse(JSON.stringify(timeline))).toHaveLength(1);
  });

  it('keeps its events, in order, when trimmed, and still takes more', () => {
    const timeline = new Timeline();
    const received = event('web', 'Received');
    timeline.append(received);
    timeline.append(event('web', 'Started'));
    timeline.trim();
    timeline.append(event('web', 'Terminated'));

    expect(typesOf(timeline)).toStrictEqual(['Received', 'Started', 'Terminated']);
    expect(timeline.at(0)).toBe(received);
  });

  it('lets one event be shared by several timelines', () => {
    const task = new Timeline();
    const scenario = new Timeline();
    const shared = event('web', 'Started');
    task.append(shared);
    scenario.append(event('db', 'Started'));
    scenario.append(shared);

    expect(task.at(0)).toBe(scenario.at(1));
    expect(task.length).toBe(1);
  });

  it('iterates over events appended during the iteration', () => {
    const timeline = new Timeline();
    timeline.append(event('web', 'Received'));
    const seen: string[] = [];
    for (const item of timeline) {
      seen.push(item.type);
      if (timeline.length < 3) timeline.append(event('web', 'Started'));
    }

    expect(seen).toStrictEqual(['Received', 'Started', 'Started']);
  });

  it('holds a million events, the same object at every index it was appended at', () => {
    const timeline = new Timeline();
    const one = event('web', 'Started');
    for (let index = 0; index < 1_000_000; index++) timeline.append(one);

    expect(timeline.length).toBe(1_000_000);
    expect(timeline.at(999_999)).toBe(one);
  });
});

describe('Timeline queries', () => {
  const timeline = new Timeline({ seed: 3, start });
  timeline.append(event('web', 'Received'));
  timeline.append(event('db', 'Received'));
  timeline.append(event('web', 'Started', 10));
  timeline.append(event('db', 'Started', 20));
  timeline.append(event('web', 'Terminated', 30));

  it('filters by task, keeping order, seed and start', () => {
    const web = timeline.ofTask('web');

    expect(typesOf(web)).toStrictEqual(['Received', 'Started', 'Terminated']);
    expect(web.seed).toBe(3);
    expect(web.start).toBe(start);
    expect(web[KIND]).toBe('timeline');
  });

  it('filters by type, exactly', () => {
    expect(Array.from(timeline.ofType('Started'), (item) => item.task)).toStrictEqual([
      'web',
      'db',
    ]);
    expect(timeline.ofType('started' as TaskEventType).length).toBe(0);
  });

  it('filters by a predicate that also gets the index', () => {
    const even = timeline.filter((_, index) => index % 2 === 0);

    expect(even.toArray().map((item) => item.at)).toStrictEqual([0, 10, 30]);
  });

  it('leaves the original timeline alone', () => {
    timeline.ofTask('db').append(event('db', 'Killed'));

    expect(timeline.length).toBe(5);
  });
});

describe('Timeline options', () => {
  it('refuses a seed that is not a finite number', () => {
    expect(() => new Timeline({ seed: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: Timeline seed: NaN is not a finite number]`,
    );
  });

  it('refuses a start that is not a valid Date', () => {
    expect(
      () => new Timeline({ start: '2024-01-01' as unknown as Date }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: Timeline start: "2024-01-01" is not a valid Date]`,
    );
  });

  it('holds driver entries as well as task events', () => {
    const entries = new Timeline<{ type: 'StartTask'; at: number; task: string }>();
    entries.append({ type: 'StartTask', at: 0, task: 'web' });

    expect(entries.ofTask('web').length).toBe(1);
  });
});
