import { isSidecar, type TaskRole } from './lifecycle-gates.js';
import type { TaskStateName } from './task-state.js';

/** What the kill-cause rule needs to know about one task. */
export interface KillCauseTask {
  name: string;
  role: TaskRole;
  leader: boolean;
  state: TaskStateName;
  failed: boolean;
}

/** Why the alloc runner kills the rest of a group: the event every live task gets first. */
export type KillCause =
  | { type: 'Sibling Task Failed'; failedSibling: string }
  | { type: 'Leader Task Dead' }
  | { type: 'Main Tasks Dead' };

/**
 * Nomad's rule after every task state change (NOMAD-REFERENCE §3.5), over the non-poststop
 * tasks: a dead leader that did not fail wins (`Leader Task Dead`); else the first dead, failed
 * task (`Sibling Task Failed`); else, when every live task is a sidecar, `Main Tasks Dead`.
 * Undefined when nothing needs killing.
 */
export function killCause(tasks: readonly KillCauseTask[]): KillCause | undefined {
  // One pass without intermediate arrays: it runs after every state change of every task.
  let anyLive = false;
  let onlySidecarsLive = true;
  let deadLeader = false;
  let failed: KillCauseTask | undefined;
  for (const task of tasks) {
    if (task.role === 'poststop') continue;

    if (task.state !== 'dead') {
      anyLive = true;
      if (!isSidecar(task.role)) onlySidecarsLive = false;
    } else if (task.failed) {
      failed ??= task;
    } else if (task.leader) {
      deadLeader = true;
    }
  }
  if (!anyLive) return undefined;

  if (deadLeader) return { type: 'Leader Task Dead' };
  if (failed !== undefined) return { type: 'Sibling Task Failed', failedSibling: failed.name };
  if (onlySidecarsLive) return { type: 'Main Tasks Dead' };
  return undefined;
}
