/** When a stopped task dies and the signal it reports. */
export interface KillPlan {
  /** ns after the stop. */
  readonly delay: number;
  readonly signal: number;
}

/** The signal number a forced kill reports. */
export const SIGKILL = 9;

/**
 * Our reading of the mock driver's documented `kill_after` (DESIGN §4, a departure from
 * Nomad, which ignores it): a task that dies within the stop's timeout dies gracefully after
 * `kill_after` (at once when unset) and reports `exit_signal`, or the stop signal when that is
 * unset; one that would take longer is force-killed at the timeout and reports SIGKILL.
 */
export function planKill(
  killAfter: number,
  timeout: number,
  stopSignal: number,
  exitSignal: number,
): KillPlan {
  const wait = Math.max(0, killAfter);
  const limit = Math.max(0, timeout);

  if (wait <= limit) return { delay: wait, signal: exitSignal === 0 ? stopSignal : exitSignal };
  return { delay: limit, signal: SIGKILL };
}
