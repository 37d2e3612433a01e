import type { TaskStateName } from './task-state.js';

/** An allocation's client status, derived from its tasks. */
export type ClientStatus = 'pending' | 'running' | 'complete' | 'failed';

/**
 * Nomad's client status of an allocation (NOMAD-REFERENCE §3.1): any dead and failed task makes
 * it failed; else any running task, running; else any pending task, pending; else complete.
 */
export function clientStatus(
  tasks: Iterable<{ state: TaskStateName; failed: boolean }>,
): ClientStatus {
  let running = false;
  let pending = false;
  for (const task of tasks) {
    if (task.state === 'dead' && task.failed) return 'failed';
    if (task.state === 'running') running = true;
    if (task.state === 'pending') pending = true;
  }
  if (running) return 'running';
  return pending ? 'pending' : 'complete';
}
