/** Nomad's text for a task id the driver does not hold. */
export const TASK_NOT_FOUND = 'task not found for given id';

/** Nomad's text for destroying a running task without `force`. */
export const CANNOT_DESTROY_RUNNING = 'cannot destroy running task';

/** Nomad's text for a streaming exec on a task without an `exec_command` block. */
export const NO_EXEC_COMMAND = 'no exec command is configured';

/** Nomad's text for recovering from a missing handle. */
export const HANDLE_NIL = 'handle cannot be nil';

/** Nomad's text for the wait result of a task whose plugin "crashed" (`plugin_exit_after`). */
export const PLUGIN_SHUT_DOWN = 'plugin is shut down';

/**
 * An error the simulated driver gives, with Nomad's text verbatim as its message (no
 * `taskdouble:` prefix): the code under test sees what Nomad's mock driver would give it.
 */
export class DriverError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A failed `startTask`: `recoverable` tells a task runner whether a restart may help
 * (`start_error_recoverable`); config errors are never recoverable, as in Nomad.
 */
export class DriverStartError extends DriverError {
  /** Whether the restart policy may retry the start. */
  readonly recoverable: boolean;

  constructor(message: string, recoverable: boolean, options?: ErrorOptions) {
    super(message, options);
    this.recoverable = recoverable;
  }
}
