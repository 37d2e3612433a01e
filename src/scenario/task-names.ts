import type { ConfigIssue } from '../config/index.js';
import { isRecord } from './task-input.js';

/** The names of a scenario's `s.task()` tasks: unique, unnamed ones `task`, `task-2`, ... */
export class TaskNames {
  readonly #taken = new Set<string>();
  // The number of the first default name that may be free: 1 stands for `task`, n for `task-n`.
  #next = 1;

  /** The name `input` gives, taken or not (see `clash`), or the next free default. */
  nameFor(input: unknown): string {
    const given = isRecord(input) ? input['name'] : undefined;
    if (typeof given === 'string') return given;

    // Skipping names already taken: s.task({ name: 'task-2' }) then s.task() gives task-3. The
    // search resumes where the last one stopped (the names below it are all taken, and names are
    // never released), so making n unnamed tasks is linear, not quadratic.
    let name = this.#next === 1 ? 'task' : `task-${this.#next}`;
    while (this.#taken.has(name)) {
      this.#next++;
      name = `task-${this.#next}`;
    }
    return name;
  }

  /** The problem with `name` when a task of the scenario has it already. */
  clash(name: string): ConfigIssue | undefined {
    if (!this.#taken.has(name)) return undefined;
    return {
      path: 'name',
      message: `${JSON.stringify(name)} is already the name of a task in this scenario (s.task() names must be unique)`,
    };
  }

  /** Marks `name` as taken, once its task is made. */
  add(name: string): void {
    this.#taken.add(name);
  }
}
