import { describe, expect, it } from 'vitest';

import { TaskNames } from './task-names.js';

// Names `count` unnamed tasks, marking each taken as the scenario does once the task is made.
function nameUnnamed(names: TaskNames, count: number): string[] {
  return Array.from({ length: count }, () => {
    const name = names.nameFor(undefined);
    names.add(name);
    return name;
  });
}

describe('TaskNames', () => {
  it('names unnamed tasks task, task-2, task-3, ... in order', () => {
    expect(nameUnnamed(new TaskNames(), 4)).toEqual(['task', 'task-2', 'task-3', 'task-4']);
  });

  it.each([
    ['task', ['task-2', 'task-3']],
    ['task-2', ['task', 'task-3']],
    ['task-3', ['task', 'task-2', 'task-4']],
  ])('skips %s when a named task took it', (taken, expected) => {
    const names = new TaskNames();
    names.add(taken);

    expect(nameUnnamed(names, expected.length)).toEqual(expected);
  });

  it('offers the same default again while no task took it (its input was refused)', () => {
    const names = new TaskNames();

    expect(names.nameFor({ config: 'bad' })).toBe('task');
    expect(names.nameFor(undefined)).toBe('task');
  });

  it('gives a name already taken as it is, and names the clash', () => {
    const names = new TaskNames();
    names.add('web');

    expect(names.nameFor({ name: 'web' })).toBe('web');
    expect(names.clash('web')).toMatchInlineSnapshot(`
      {
        "message": ""web" is already the name of a task in this scenario (s.task() names must be unique)",
        "path": "name",
      }
    `);
    expect(names.clash('api')).toBeUndefined();
  });
});
