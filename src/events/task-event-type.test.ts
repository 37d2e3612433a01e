import { describe, expect, it } from 'vitest';
import { TASK_EVENT_TYPES, isTaskEventType } from './task-event-type.js';

describe('TASK_EVENT_TYPES', () => {
  it('lists the 28 event types of Nomad’s client, each once', () => {
    expect(TASK_EVENT_TYPES).toHaveLength(28);
    expect(new Set(TASK_EVENT_TYPES).size).toBe(28);
  });

  it.each([
    ['Terminated', true],
    ['Task hook failed', true],
    ['terminated', false],
    ['Pausing', false],
    [7, false],
  ])('isTaskEventType(%j) is %s', (value, expected) => {
    expect(isTaskEventType(value)).toBe(expected);
  });
});
