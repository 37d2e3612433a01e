/** Nomad's text for a restart or signal of a task that has no running process. */
export const TASK_NOT_RUNNING = 'Task not running';

/**
 * The rejection of `restart()`, `signal()` or `exec()` on a task that is not running. Its
 * message is Nomad's text verbatim, without the `taskdouble:` prefix: it is the answer Nomad's
 * API gives, not an error about the user's input.
 */
export class TaskNotRunningError extends Error {
  constructor() {
    super(TASK_NOT_RUNNING);
    this.name = 'TaskNotRunningError';
  }
}
