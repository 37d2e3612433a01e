import type { JobType, Lifecycle, RestartPolicy } from '../config/index.js';
import { formatDuration } from '../duration/index.js';

/** What the tracker tells the task runner to do after an exit or a failed start. */
export type RestartDecisionKind =
  /** The task was killed: append `Killed` and stop. */
  | 'Killed'
  /** Start the task again after `delay`, appending `Restarting`. */
  | 'Restarting'
  /** Give up: append `Not Restarting` (it fails the task) and stop. */
  | 'Not Restarting'
  /** The task is done and needs no restart: stop without an event. */
  | 'Terminated'
  /** No input was recorded (unreachable from the runner): restart at once without an event. */
  | 'None';

/** One decision of the restart tracker: what to do, after how long, and why. */
export interface RestartDecision {
  kind: RestartDecisionKind;
  /** Nanoseconds to wait before the next start; 0 unless `kind` is `Restarting`. */
  delay: number;
  /** Nomad's restart reason, byte-exact (`Restart within policy`, ...), or `""`. */
  reason: string;
}

/** The part of a random source the tracker needs (the clock module's `Prng` fits). */
export interface JitterSource {
  /** A uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
}

/** Options of {@link RestartTracker}. */
export interface RestartTrackerOptions {
  policy: RestartPolicy;
  jobType: JobType;
  /** The task's lifecycle block; undefined for a main task. */
  lifecycle?: Lifecycle | undefined;
  /** Creation time in ns: the first interval starts here, not at the first start. */
  now: number;
  /** Source of the restart jitter, seeded by the scenario. */
  prng: JitterSource;
}

/** Nomad's exact reason texts (NOMAD-REFERENCE §4). */
export const RESTART_REASONS = {
  noRestarts: 'Policy allows no restarts',
  unrecoverable: 'Error was unrecoverable',
  unnecessary: 'Restart unnecessary as task terminated successfully',
  withinPolicy: 'Restart within policy',
  delayMode: 'Exceeded allowed attempts, applying a delay',
} as const;

/**
 * Whether a task restarts after a successful exit: services and system jobs do, batch jobs do
 * not, lifecycle hooks do exactly when they are sidecars, and poststop tasks never do.
 */
export function restartsOnSuccess(jobType: JobType, lifecycle?: Lifecycle): boolean {
  if (lifecycle === undefined) return jobType === 'service' || jobType === 'system';
  if (lifecycle.hook === 'poststop') return false;
  return lifecycle.sidecar;
}

/**
 * Nomad's restart tracker, decision for decision (NOMAD-REFERENCE §4), with one departure
 * (DESIGN §4): a failure exactly at the end of an interval opens a new interval.
 *
 * Record what happened with the `set*` methods, then call {@link RestartTracker.decide}, which
 * answers and clears the recorded inputs.
 *
 * @example
 * const tracker = new RestartTracker({ policy, jobType: 'service', now: 0, prng })
 * tracker.setExitResult({ successful: false })
 * tracker.decide(clock.now) // { kind: 'Restarting', delay: 17426443129, reason: 'Restart within policy' }
 */
export class RestartTracker {
  readonly policy: RestartPolicy;
  readonly onSuccess: boolean;
  /** Failures counted in the current interval. */
  count = 0;
  /** Start of the current interval in ns. */
  intervalStart: number;

  readonly #prng: JitterSource;
  #exitSuccessful: boolean | undefined;
  #startError: { recoverable: boolean } | undefined;
  #failure = false;
  #killed = false;
  #restartTriggered = false;

  constructor(options: RestartTrackerOptions) {
    this.policy = options.policy;
    this.onSuccess = restartsOnSuccess(options.jobType, options.lifecycle);
    this.intervalStart = options.now;
    this.#prng = options.prng;
  }

  /** Records a failed start; `recoverable` decides whether it may be retried. */
  setStartError(error: { recoverable: boolean }): void {
    this.#startError = { recoverable: error.recoverable };
    this.#exitSuccessful = undefined;
    this.#failure = true;
  }

  /** Records the task's exit. */
  setExitResult(result: { successful: boolean }): void {
    this.#exitSuccessful = result.successful;
    this.#startError = undefined;
    this.#failure = true;
  }

  /** Records a restart asked for from outside: a user's (no failure) or a check's (failure). */
  setRestartTriggered(failure: boolean): void {
    if (failure) this.#failure = true;
    else this.#restartTriggered = true;
  }

  /** Records that the task is being killed, which ends it whatever else happened. */
  setKilled(): void {
    this.#killed = true;
  }

  /** Decides what happens next at `now` (ns) and clears the recorded inputs. */
  decide(now: number): RestartDecision {
    try {
      return this.#decide(now);
    } finally {
      this.#exitSuccessful = undefined;
      this.#startError = undefined;
      this.#failure = false;
      this.#killed = false;
      this.#restartTriggered = false;
    }
  }

  #decide(now: number): RestartDecision {
    if (this.#killed) return { kind: 'Killed', delay: 0, reason: '' };
    if (this.#restartTriggered) return { kind: 'Restarting', delay: 0, reason: '' };

    const successful = this.#exitSuccessful === true;
    const { attempts, interval, mode } = this.policy;

    if (attempts === 0) {
      const kind = !this.onSuccess && successful ? 'Terminated' : 'Not Restarting';
      return { kind, delay: 0, reason: RESTART_REASONS.noRestarts };
    }

    // Nomad resets only strictly after the interval's end; in virtual time a failure can land
    // exactly on it, and with a zero-length task that would loop forever at one instant.
    if (now >= this.intervalStart + interval) {
      this.count = 0;
      this.intervalStart = now;
    }
    this.count += 1;

    if (!this.#failure) return { kind: 'None', delay: 0, reason: '' };

    if (this.#startError !== undefined && !this.#startError.recoverable) {
      return { kind: 'Not Restarting', delay: 0, reason: RESTART_REASONS.unrecoverable };
    }
    if (successful && !this.onSuccess) {
      return { kind: 'Terminated', delay: 0, reason: RESTART_REASONS.unnecessary };
    }

    if (this.count > attempts) {
      if (mode === 'fail') {
        const reason = `Exceeded allowed attempts ${attempts} in interval ${formatDuration(interval)} and mode is "fail"`;
        return { kind: 'Not Restarting', delay: 0, reason };
      }
      const delay = this.intervalStart + interval - now;
      return { kind: 'Restarting', delay, reason: RESTART_REASONS.delayMode };
    }

    return { kind: 'Restarting', delay: this.#jitter(), reason: RESTART_REASONS.withinPolicy };
  }

  /** The policy delay plus up to a quarter more; a zero delay becomes 1 ns, as in Nomad. */
  #jitter(): number {
    const base = this.policy.delay === 0 ? 1 : this.policy.delay;
    const r = this.#prng.int(base);
    return base + Math.trunc(r * 0.25);
  }
}
