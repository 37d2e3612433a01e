import type { TaskEvent } from '../events/index.js';

/** What the renderers read of a task: the public fields of a scenario's MockTask. */
export interface TaskView {
  readonly name: string;
  readonly state: 'pending' | 'running' | 'dead';
  readonly restarts: number;
  readonly lastRestart: number | undefined;
  readonly startedAt: number | undefined;
  readonly finishedAt: number | undefined;
  readonly events: Iterable<TaskEvent> & { readonly length: number };
}

/** What the renderers read of an allocation. */
export interface AllocView {
  readonly name: string;
  readonly status: string;
  readonly tasks: Readonly<Record<string, TaskView>>;
}
