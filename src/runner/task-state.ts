import type { ExitResult } from '../driver/index.js';
import type { TaskEvent, TaskStateSummary } from '../events/index.js';

/** Nomad's task states: waiting (or between runs), running, or finished for good. */
export type TaskStateName = 'pending' | 'running' | 'dead';

/**
 * What one task looks like from outside, kept as Nomad's client keeps its TaskState
 * (NOMAD-REFERENCE §2.3, §3.1). Times are ns since the scenario started.
 */
export class TaskState {
  state: TaskStateName = 'pending';
  /** Set by any event that fails the task (Not Restarting); never cleared. */
  failed = false;
  /** How many `Restarting` events the task has had (user restarts included). */
  restarts = 0;
  lastRestart: number | undefined = undefined;
  /** Reset every time the task moves to running. */
  startedAt: number | undefined = undefined;
  /** Set the first time the task is dead; never cleared. */
  finishedAt: number | undefined = undefined;
  /** The last exit of the task's process. */
  exitResult: ExitResult | undefined = undefined;
  stdout = '';
  stderr = '';
  stdoutWrites = 0;
  stderrWrites = 0;

  /** Applies Nomad's appending rules: a failing event fails the task, a restart is counted. */
  record(event: TaskEvent): void {
    if (event.failsTask === true) this.failed = true;
    if (event.type === 'Restarting') {
      this.restarts += 1;
      this.lastRestart = event.at;
    }
  }

  /** Moves to `state` at `now`, stamping the start or finish time as Nomad does. */
  moveTo(state: TaskStateName, now: number): void {
    if (state === 'running' && this.state !== 'running') this.startedAt = now;
    if (state === 'dead' && this.finishedAt === undefined) this.finishedAt = now;
    this.state = state;
  }

  /** What Nomad's TaskState JSON needs, unset times left out. */
  summary(): TaskStateSummary {
    // Keys set one by one, not spread in: spreading into a literal is slow on V8.
    const summary: TaskStateSummary = {
      state: this.state,
      failed: this.failed,
      restarts: this.restarts,
    };
    if (this.lastRestart !== undefined) summary.lastRestart = this.lastRestart;
    if (this.startedAt !== undefined) summary.startedAt = this.startedAt;
    if (this.finishedAt !== undefined) summary.finishedAt = this.finishedAt;
    return summary;
  }

  /** Takes one write of the task's stdout. */
  writeStdout(text: string): void {
    this.stdout += text;
    this.stdoutWrites += 1;
  }

  /** Takes one write of the task's stderr. */
  writeStderr(text: string): void {
    this.stderr += text;
    this.stderrWrites += 1;
  }
}
