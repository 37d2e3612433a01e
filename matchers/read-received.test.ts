import { describe, expect, it, vi } from 'vitest';

import { Timeline, createTaskEvent } from '../src/events/index.js';
import { readReceived } from './read-received.js';

const START = new Date('2026-01-01T00:00:00Z');

function timelineOf(types: readonly ('Started' | 'Terminated')[]): Timeline {
  const timeline = new Timeline({ start: START });
  const place = { task: 'web', alloc: 'demo.web[0]', start: START };
  types.forEach((type, i) => {
    timeline.append(createTaskEvent(type, {}, { ...place, at: i }));
  });
  return timeline;
}

describe('readReceived', () => {
  it('reads a Timeline in place, without copying it', () => {
    const timeline = timelineOf(['Started', 'Terminated']);
    const toArray = vi.spyOn(timeline, 'toArray');

    const events = readReceived(timeline).events();

    expect(events).toBe(timeline);
    expect(toArray).not.toHaveBeenCalled();
  });

  it('reads an array of events as it is', () => {
    const array = timelineOf(['Started']).toArray();

    expect(readReceived(array).events()).toBe(array);
  });
});
