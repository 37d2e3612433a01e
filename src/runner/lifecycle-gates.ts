import type { Lifecycle } from '../config/index.js';
import type { TaskStateName } from './task-state.js';

/** Where a task sits in its group's lifecycle (NOMAD-REFERENCE §3.5). */
export type TaskRole =
  'prestart' | 'prestart-sidecar' | 'main' | 'poststart' | 'poststart-sidecar' | 'poststop';

/** The coordinator's stage: which roles may start. */
export type LifecycleStage = 'prestart' | 'main' | 'poststart' | 'wait' | 'poststop';

/** What the coordinator needs to know about one task. */
export interface GateTask {
  role: TaskRole;
  state: TaskStateName;
  failed: boolean;
}

/** The role of a task with this lifecycle block (none: a main task). */
export function roleOf(lifecycle: Lifecycle | undefined): TaskRole {
  if (lifecycle === undefined) return 'main';
  if (lifecycle.hook === 'poststop') return 'poststop';
  if (lifecycle.hook === 'prestart') return lifecycle.sidecar ? 'prestart-sidecar' : 'prestart';
  return lifecycle.sidecar ? 'poststart-sidecar' : 'poststart';
}

/** Whether a role keeps running beside the main tasks. */
export function isSidecar(role: TaskRole): boolean {
  return role === 'prestart-sidecar' || role === 'poststart-sidecar';
}

const MAY_RUN: Record<LifecycleStage, readonly TaskRole[]> = {
  prestart: ['prestart', 'prestart-sidecar'],
  main: ['prestart-sidecar', 'main'],
  poststart: ['prestart-sidecar', 'main', 'poststart', 'poststart-sidecar'],
  wait: ['prestart-sidecar', 'main', 'poststart', 'poststart-sidecar'],
  poststop: ['poststop'],
};

/** Whether a task of `role` may start in `stage`. */
export function mayRun(stage: LifecycleStage, role: TaskRole): boolean {
  return MAY_RUN[stage].includes(role);
}

/**
 * The stage after `stage`, moving on as far as the tasks' states allow. Every task starts
 * pending, so Nomad's `init` stage passes at once and the first stage is `prestart`. Poststop
 * is reachable from any stage once every other task is dead.
 */
export function nextStage(stage: LifecycleStage, tasks: readonly GateTask[]): LifecycleStage {
  if (stage !== 'poststop' && allDead(tasks)) return 'poststop';

  let current = stage;
  for (;;) {
    if (!stageDone(current, tasks) || current === 'wait' || current === 'poststop') return current;
    current = current === 'prestart' ? 'main' : current === 'main' ? 'poststart' : 'wait';
  }
}

// Plain loops without intermediate arrays or closures: this runs after every state change of
// every task.

function allDead(tasks: readonly GateTask[]): boolean {
  for (const task of tasks) {
    if (task.role !== 'poststop' && task.state !== 'dead') return false;
  }
  return true;
}

function stageDone(stage: LifecycleStage, tasks: readonly GateTask[]): boolean {
  switch (stage) {
    case 'prestart':
      for (const task of tasks) {
        if (task.role === 'prestart' && (task.state !== 'dead' || task.failed)) return false;
        if (task.role === 'prestart-sidecar' && task.state !== 'running') return false;
      }
      return true;
    case 'main':
      for (const task of tasks) {
        if (task.role === 'main' && task.state === 'pending') return false;
      }
      return true;
    case 'poststart':
      for (const task of tasks) {
        if (task.role === 'poststart' && task.state !== 'dead') return false;
      }
      return true;
    default:
      return false;
  }
}
