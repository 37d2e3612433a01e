import { ConfigError } from '../config/index.js';
import { isRecord } from './task-input.js';

/** The names of a scenario's `s.task()` tasks: unique, unnamed ones `task`, `task-2`, ... */
export class TaskNames {
  readonly #taken = new Set<string>();

  /** The name `input` gives or the next free default; a name already taken is a ConfigError. */
  nameFor(input: unknown): string {
    const given = isRecord(input) ? input['name'] : undefined;
    if (typeof given === 'string') {
      if (this.#taken.has(given)) {
        throw new ConfigError('task', [
          {
            path: 'name',
            message: `${JSON.stringify(given)} is already the name of a task in this scenario (s.task() names must be unique)`,
          },
        ]);
      }
      return given;
    }

    // Skipping names already taken: s.task({ name: 'task-2' }) then s.task() gives task-3.
    let name = 'task';
    for (let n = 2; this.#taken.has(name); n++) name = `task-${n}`;
    return name;
  }

  /** Marks `name` as taken, once its task is made. */
  add(name: string): void {
    this.#taken.add(name);
  }
}
