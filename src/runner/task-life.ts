import type { TaskSpec } from '../config/index.js';
import type { Timeline } from '../events/index.js';
import { deferred, type Deferred } from './deferred.js';
import { toDriverConfig } from './driver-config.js';
import { RestartTracker } from './restart-tracker.js';
import type { Process, StartRequest } from './start-process.js';
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
  /** Whether the lifecycle gate is open (at once for an ungated task). */
  opened: boolean;
  /**
   * Resumes the loop's current wait (for the gate, or a restart delay) when a kill or the gate's
   * opening ends it; unset while the loop waits for neither. A plain function rather than a
   * promise per cause: no promise is built for a kill that never comes.
   */
  wake: (() => void) | undefined = undefined;
  /** Settles the runner's `done`. */
  readonly dead = deferred();
  readonly driverConfig: Record<string, unknown>;
  readonly onStateChange: ((task: TaskRunner) => void) | undefined;
  /** The timelines besides the task's own (alloc, job, scenario): the caller's array, not a copy. */
  readonly timelines: readonly Timeline[];
  /** Restarts waiting for the next `Started` (or the end). */
  startWaiters: Deferred<void>[] = [];
  process: Process | undefined = undefined;
  /** The output sinks handed to the driver at every start, made at the first. */
  sinks: StartRequest['sinks'] | undefined = undefined;
  killRequested = false;
  /** How many starts were tried: the last part of the driver task id. */
  starts = 0;

  /** `now` is the creation time in ns: the restart tracker's first interval starts there. */
  constructor(spec: TaskSpec, options: LifeOptions, now: number) {
    this.tracker = new RestartTracker({
      policy: spec.restart,
      jobType: options.jobType,
      lifecycle: spec.lifecycle,
      now,
      prng: options.prng,
    });
    this.driverConfig = toDriverConfig(spec.config);
    this.onStateChange = options.onStateChange;
    this.timelines = options.timelines ?? [];
    this.opened = options.gated !== true;
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
  'jobType' | 'gated' | 'onStateChange' | 'timelines' | 'prng'
>;
