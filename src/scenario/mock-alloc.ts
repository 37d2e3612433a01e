import { KIND, type TaskEvent, type Timeline } from '../events/index.js';
import {
  byName,
  type AllocRunner,
  type ClientStatus,
  type NomadAllocation,
} from '../runner/index.js';
import { MockTask, type ScenarioLink } from './mock-task.js';

/**
 * One allocation of a group, as tests hold it: its tasks by name, its client status and its
 * events across tasks.
 */
export class MockAlloc {
  readonly [KIND] = 'alloc' as const;
  /** The group's tasks by name. */
  readonly tasks: Readonly<Record<string, MockTask>>;
  readonly #runner: AllocRunner;
  readonly #link: ScenarioLink;

  constructor(runner: AllocRunner, link: ScenarioLink) {
    this.#runner = runner;
    this.#link = link;
    this.tasks = byName(
      Object.entries(runner.tasks).map(([name, task]) => [name, new MockTask(task, link)] as const),
    );
  }

  /** The allocation's name, `<job>.<group>[<index>]`. */
  get name(): string {
    return this.#runner.name;
  }

  /** The scenario's seed, named in failure messages. */
  get seed(): number | undefined {
    return this.#runner.seed;
  }

  /** Every event of the allocation's tasks, in order. */
  get events(): Timeline<TaskEvent> {
    return this.#runner.events;
  }

  /** Nomad's client status: `pending`, `running`, `complete` or `failed`. */
  get status(): ClientStatus {
    return this.#runner.status;
  }

  /** Stops the allocation as `nomad alloc stop` does; resolves when every task is dead. */
  stop(): Promise<void> {
    return this.#link.act(`${this.name}.stop()`, () => this.#runner.stop());
  }

  /** Nomad's Allocation JSON: name, client status and each task's TaskState. */
  toNomad(options: { maxEvents?: number } = {}): NomadAllocation {
    return this.#runner.toNomad({ maxEvents: this.#link.maxEvents, ...options });
  }
}
