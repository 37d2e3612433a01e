import { describe, expect, it } from 'vitest';

import { createTaskEvent, Timeline, type TaskEvent } from '../events/index.js';
import { busiestTask } from './describe-events.js';

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
