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
  const group = tasks.filter((task) => task.role !== 'poststop');
  const live = group.filter((task) => task.state !== 'dead');
  if (live.length === 0) return undefined;

  const dead = group.filter((task) => task.state === 'dead');
  if (dead.some((task) => task.leader && !task.failed)) return { type: 'Leader Task Dead' };

  const failed = dead.find((task) => task.failed);
  if (failed !== undefined) return { type: 'Sibling Task Failed', failedSibling: failed.name };

  if (live.every((task) => isSidecar(task.role))) return { type: 'Main Tasks Dead' };
  return undefined;
}
