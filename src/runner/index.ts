export { AllocRunner, type AllocRunnerOptions, type NomadAllocation } from './alloc-runner.js';
export { clientStatus, type ClientStatus } from './client-status.js';
export { killCause, type KillCause } from './kill-cause.js';
export { MAX_KILL_TIMEOUT, effectiveKillTimeout } from './kill-flow.js';
export {
  isSidecar,
  mayRun,
  nextStage,
  roleOf,
  type LifecycleStage,
  type TaskRole,
} from './lifecycle-gates.js';
export {
  RESTART_REASONS,
  RestartTracker,
  restartsOnSuccess,
  type JitterSource,
  type RestartDecision,
  type RestartDecisionKind,
  type RestartTrackerOptions,
} from './restart-tracker.js';
export { TASK_NOT_RUNNING, TaskNotRunningError } from './task-not-running-error.js';
export { TaskRunner, type TaskRunnerOptions } from './task-runner.js';
export type { RunnerWorld } from './task-runner-options.js';
export type { TaskStateName } from './task-state.js';
export { byName } from './by-name.js';
