import { describe, expect, it } from 'vitest';

import { createTaskEvent, Timeline, type TaskEvent } from '../events/index.js';
import { busiestTask, describeLastEvents } from './describe-events.js';

const start = new Date('2026-01-01T00:00:00Z');

// A timeline of Started events of `alloc/task` pairs, in order.
function timelineOf(...places: string[]): Timeline<TaskEvent> {
  const timeline = new Timeline<TaskEvent>({ start });
  places.forEach((place, at) => {
    const [alloc = '', task = ''] = place.split('/');
    timeline.append(createTaskEvent('Started', {}, { task, alloc, at, start }));
  });
  return timeline;
}

describe('busiestTask', () => {
  it('counts the events from index `from` on, per task and allocation', () => {
    const timeline = timelineOf(
      'a[0]/web',
      'a[0]/web',
      'a[0]/web',
      'a[0]/db',
      'a[1]/web',
      'a[0]/db',
    );

    expect(busiestTask(timeline, 0)).toEqual({ task: 'web', alloc: 'a[0]', events: 3 });
    expect(busiestTask(timeline, 3)).toEqual({ task: 'db', alloc: 'a[0]', events: 2 });
  });

  it('tells apart tasks of the same name in different allocations', () => {
    const timeline = timelineOf('a[0]/web', 'a[1]/web', 'a[1]/web');

    expect(busiestTask(timeline, 0)).toEqual({ task: 'web', alloc: 'a[1]', events: 2 });
  });

  it('finds none when no event came since `from`', () => {
    expect(busiestTask(timelineOf('a[0]/web'), 1)).toBeUndefined();
  });
});

describe('describeLastEvents', () => {
  it('lines up offset, task, type and message in columns, showing the last few events', () => {
    const timeline = new Timeline<TaskEvent>({ start });
    const event = (type: 'Started' | 'Terminated', task: string, at: number): void =>
      void timeline.append(createTaskEvent(type, {}, { task, alloc: 'a[0]', at, start }));
    event('Started', 'web', 0);
    event('Started', 'sidecar', 1500);
    event('Terminated', 'web', 90e9);
    event('Started', 'web', 105e9);

    expect(describeLastEvents(timeline, 3)).toMatchInlineSnapshot(`
      "  1.5µs  sidecar  Started     Task started by client
        1m30s  web      Terminated  Exit Code: 0
        1m45s  web      Started     Task started by client"
    `);
  });

  it('says so when there are no events yet', () => {
    expect(describeLastEvents(new Timeline<TaskEvent>({ start }))).toBe('  (no events yet)');
  });
});
