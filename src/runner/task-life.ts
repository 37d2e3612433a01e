import type { TaskSpec } from '../config/index.js';
import type { Timeline } from '../events/index.js';
import { deferred, type Deferred } from './deferred.js';
import { toDriverConfig } from './driver-config.js';
import { RestartTracker, type JitterSource } from './restart-tracker.js';
import type { Process } from './start-process.js';
import type { TaskRunner } from './task-runner.js';
import type { TaskRunnerOptions } from './task-runner-options.js';

/**
 * What a task runner needs only while its task may still run: the restart tracker, the
 * lifecycle gate, the kill request, the actions waiting for the next start, the rendered driver
 * config, the running process and the timelines shared with the allocation. The runner drops it when the task is dead, so a finished task
 * keeps only what its getters read (state, events, output): scenarios keep thousands of finished
 * tasks, and each of these promises and closures would otherwise stay with every one of them.
 */
export class TaskLife {
  readonly tracker: RestartTracker;
  /** Resolved when the lifecycle gate opens (at once for an ungated task). */
  readonly gate = deferred();
  /** Resolved when a kill is requested; never, for a task that ends by itself. */
  readonly kill = deferred();
  /** Settles the runner's `done`. */
  readonly dead = deferred();
  readonly driverConfig: Record<string, unknown>;
  readonly onStateChange: ((task: TaskRunner) => void) | undefined;
  /** The timelines besides the task's own (alloc, job, scenario): the caller's array, not a copy. */
  readonly timelines: readonly Timeline[];
  /** Restarts waiting for the next `Started` (or the end). */
  startWaiters: Deferred<void>[] = [];
  process: Process | undefined = undefined;
  killRequested = false;
  /** How many starts were tried: the last part of the driver task id. */
  starts = 0;

  constructor(spec: TaskSpec, options: LifeOptions) {
    this.tracker = new RestartTracker({
      policy: spec.restart,
      jobType: options.jobType,
      lifecycle: spec.lifecycle,
      now: options.now,
      prng: options.prng,
    });
    this.driverConfig = toDriverConfig(spec.config);
    this.onStateChange = options.onStateChange;
    this.timelines = options.timelines ?? [];
    if (options.gated !== true) this.gate.resolve();
  }

  /** Takes the waiting restarts, leaving none. */
  takeStartWaiters(): Deferred<void>[] {
    const waiters = this.startWaiters;
    this.startWaiters = [];
    return waiters;
  }
}

/** What {@link TaskLife} takes from the runner's options. */
export type LifeOptions = Pick<
  TaskRunnerOptions,
  'jobType' | 'gated' | 'onStateChange' | 'timelines'
> & {
  /** Creation time in ns: the restart tracker's first interval starts here. */
  now: number;
  prng: JitterSource;
};
