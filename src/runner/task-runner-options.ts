import type { VirtualClock } from '../clock/index.js';
import type { JobType, TaskSpec } from '../config/index.js';
import type { MockDriver } from '../driver/index.js';
import type { Timeline } from '../events/index.js';
import type { JitterSource } from './restart-tracker.js';
import type { TaskRunner } from './task-runner.js';

/** What every runner shares with its scenario: the world it runs in. */
export interface RunnerWorld {
  /** Decides whether a successful exit is restarted. */
  jobType: JobType;
  driver: MockDriver;
  clock: VirtualClock;
  /** The scenario's seeded randomness, for the restart jitter. */
  prng: JitterSource;
  /** The scenario's start: event times are this plus their offset. */
  start: Date;
  /** The scenario's seed, kept on the timelines for failure messages. */
  seed?: number;
  /** More timelines each event is appended to (the alloc's, the job's, the scenario's). */
  timelines?: readonly Timeline[];
  /** The client's max_kill_timeout in ns. @defaultValue 30s */
  maxKillTimeout?: number;
}

/** Options of {@link TaskRunner}. */
export interface TaskRunnerOptions extends RunnerWorld {
  /** The validated task (`parseTaskSpec`): config, restart policy, kill settings, lifecycle. */
  spec: TaskSpec;
  /** The allocation's name, `<job>.<group>[<index>]`. */
  alloc: string;
  /** Wait for {@link TaskRunner.open} before the first start (a lifecycle gate). */
  gated?: boolean;
  /** Called after every change of `state` (the alloc runner re-evaluates its rules there). */
  onStateChange?: (task: TaskRunner) => void;
}
