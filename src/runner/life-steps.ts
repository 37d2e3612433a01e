/** What a queued reaction of a task's life is about (the `what` of `later`). */
export const Step = {
  /** The first instant after creation: through the gate, or wait at it. */
  begin: 0,
  /** The gate opened (or a kill came) while the task waited at it. */
  proceed: 1,
  /** start_block_for is over: launch the process. */
  launch: 2,
  /** The driver reported an exit of the running process. */
  exited: 3,
  /** A restart delay is over (or was cut short by a kill). */
  resume: 4,
  /** A kill's shutdown_delay is over. */
  shutdownOver: 5,
  /** The driver launched the process: `Started`. */
  started: 6,
  /** The driver refused the start: `Driver Failure`. */
  startFailed: 7,
} as const;
