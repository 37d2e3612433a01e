import type { ExitResult } from '../driver/index.js';
import { TaskState, type TaskStateName } from './task-state.js';

/**
 * The read-only face of a task's state, as the matchers and users read it. The task runner
 * extends it and alone changes the state underneath.
 */
export abstract class TaskStateView {
  /** The mutable record; only the runner that owns it writes to it. */
  protected readonly taskState = new TaskState();

  /** `pending` (waiting, or between runs), `running`, or `dead`. */
  get state(): TaskStateName {
    return this.taskState.state;
  }

  /** Whether an event failed the task (Not Restarting). */
  get failed(): boolean {
    return this.taskState.failed;
  }

  /** How many `Restarting` events the task has had. */
  get restarts(): number {
    return this.taskState.restarts;
  }

  /** When the last `Restarting` event came, in ns since the scenario started. */
  get lastRestart(): number | undefined {
    return this.taskState.lastRestart;
  }

  /** When the task last moved to running, in ns since the scenario started. */
  get startedAt(): number | undefined {
    return this.taskState.startedAt;
  }

  /** When the task became dead, in ns since the scenario started. */
  get finishedAt(): number | undefined {
    return this.taskState.finishedAt;
  }

  /** The last exit of the task's process. */
  get exitResult(): ExitResult | undefined {
    return this.taskState.exitResult;
  }

  /** Everything written to stdout, in order, across restarts. */
  get stdout(): string {
    return this.taskState.stdout;
  }

  /** Everything written to stderr, in order, across restarts. */
  get stderr(): string {
    return this.taskState.stderr;
  }

  /** How many writes to stdout there were. */
  get stdoutWrites(): number {
    return this.taskState.stdoutWrites;
  }

  /** How many writes to stderr there were. */
  get stderrWrites(): number {
    return this.taskState.stderrWrites;
  }
}
