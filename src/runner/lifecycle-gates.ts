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
  const of = (...roles: TaskRole[]): GateTask[] =>
    tasks.filter((task) => roles.includes(task.role));
  const dead = (task: GateTask): boolean => task.state === 'dead';

  if (stage !== 'poststop' && tasks.filter((task) => task.role !== 'poststop').every(dead)) {
    return 'poststop';
  }

  let current = stage;
  for (;;) {
    const done = stageDone(current, of, dead);
    if (!done || current === 'wait' || current === 'poststop') return current;
    current = current === 'prestart' ? 'main' : current === 'main' ? 'poststart' : 'wait';
  }
}

function stageDone(
  stage: LifecycleStage,
  of: (...roles: TaskRole[]) => GateTask[],
  dead: (task: GateTask) => boolean,
): boolean {
  switch (stage) {
    case 'prestart':
      return (
        of('prestart').every((task) => dead(task) && !task.failed) &&
        of('prestart-sidecar').every((task) => task.state === 'running')
      );
    case 'main':
      return of('main').every((task) => task.state !== 'pending');
    case 'poststart':
      return of('poststart').every(dead);
    default:
      return false;
  }
}
