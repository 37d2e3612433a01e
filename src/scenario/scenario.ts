import { Prng, type VirtualClock } from '../clock/index.js';
import {
  parseTaskSpec,
  type GroupSpecInput,
  type JobSpecInput,
  type JobType,
  type TaskSpec,
  type TaskSpecInput,
} from '../config/index.js';
import { MockDriver } from '../driver/index.js';
import { formatDuration } from '../duration/index.js';
import { TaskdoubleError, showValue } from '../errors/index.js';
import {
  KIND,
  Timeline,
  type DriverEntry,
  type TaskEvent,
  type TaskEventType,
} from '../events/index.js';
import type { LoadedJob } from '../jobfile/index.js';
import { describeLastEvents } from './describe-events.js';
import { makeClock } from './make-clock.js';
import type { MockAlloc } from './mock-alloc.js';
import { MockFactory } from './mock-factory.js';
import type { MockJob } from './mock-job.js';
import type { MockTask } from './mock-task.js';
import { resolveScenarioOptions, type ScenarioOptions } from './scenario-options.js';
import { scenarioDuration, type Duration } from './scenario-duration.js';
import { ScenarioSteps } from './scenario-steps.js';
import { untilTarget, untilWithin } from './until-target.js';

/**
 * A world in virtual time: a clock, a MockDriver, and the tasks, groups and jobs made in it.
 * Nothing happens until time advances (`advance`, `runUntilIdle`, `until`, or `autoAdvance`).
 *
 * This file holds the scenario's API; making its tasks, groups and jobs is `MockFactory`'s, and
 * watching its awaited steps is `ScenarioSteps`'.
 *
 * @example
 * const s = scenario({ jobType: 'batch' })
 * const web = s.task({ name: 'web', config: { run_for: '30s', exit_code: 1 } })
 * await s.runUntilIdle()
 * expect(web).toHaveEventSequence('Started then Terminated with exit code 1')
 */
export class Scenario {
  readonly [KIND] = 'scenario' as const;
  /** The seed of everything random in this scenario. */
  readonly seed: number;
  /** The virtual wall-clock time the scenario started at. */
  readonly start: Date;
  /** The job type of tasks and groups made with `task()` and `group()`. */
  readonly jobType: JobType;
  /** The scenario's clock: all of its time, in ns. */
  readonly clock: VirtualClock;
  /** The scenario's MockDriver, for code under test that drives a driver itself. */
  readonly driver: MockDriver;
  /** Every task event of the scenario, in order. */
  readonly timeline: Timeline<TaskEvent>;

  readonly #mocks: MockFactory;
  readonly #steps: ScenarioSteps;
  #disposed = false;

  constructor(options?: ScenarioOptions) {
    const resolved = resolveScenarioOptions(options);
    this.seed = resolved.seed;
    this.start = resolved.start;
    this.jobType = resolved.jobType;
    this.clock = makeClock(resolved);
    this.clock.autoAdvance = resolved.autoAdvance;
    const prng = new Prng(resolved.seed);
    this.timeline = new Timeline({ seed: resolved.seed, start: resolved.start });

    const driverTimeline = new Timeline<DriverEntry>({
      seed: resolved.seed,
      start: resolved.start,
    });
    this.driver = new MockDriver({
      clock: this.clock,
      plugin: resolved.pluginInput,
      timeline: driverTimeline,
      start: resolved.start,
    });

    this.#steps = new ScenarioSteps({
      clock: this.clock,
      timeline: this.timeline,
      driver: this.driver,
      seed: this.seed,
      hangTimeout: resolved.hangTimeout,
      clockMode: resolved.clock,
    });
    this.#mocks = new MockFactory({
      jobType: this.jobType,
      seed: this.seed,
      start: this.start,
      clock: this.clock,
      driver: this.driver,
      prng,
      timeline: this.timeline,
      link: {
        maxEvents: resolved.maxEvents,
        act: (step, start) => this.#act(step, start),
      },
    });
  }

  /** Virtual time since the scenario started, in ns. */
  get now(): number {
    return this.clock.now;
  }

  /**
   * Makes a mock task from a partial jobspec task (`{ name, config, restart, kill_timeout }`),
   * validated, with Nomad's defaults; it is an allocation of its own. `Received` is appended now.
   * The input is checked at run time too: anything else is a ConfigError naming every problem.
   */
  task(input?: TaskSpecInput): MockTask {
    this.#check('task');
    return this.#mocks.task(input);
  }

  /** Makes one allocation of a group (`{ name, tasks: [...], restart }`), validated. */
  group(input: GroupSpecInput): MockAlloc {
    this.#check('group');
    return this.#mocks.group(input);
  }

  /**
   * Makes a job (`{ name, type, groups: [...] }`, or what `loadJob`/`parseJob` returned): each
   * group's `count` gives that many allocations, named `<job>.<group>[<index>]`.
   */
  job(input: JobSpecInput | LoadedJob): MockJob {
    this.#check('job');
    return this.#mocks.job(input);
  }

  /** Moves virtual time forward by `duration`, running everything due up to and including then. */
  async advance(duration: Duration): Promise<void> {
    this.#check('advance');
    const ns = scenarioDuration('advance', duration);
    await this.#steps.run('s.advance()', () => this.clock.advance(ns));
  }

  /** Runs until nothing is left to happen (the driver's fingerprint ticks do not count). */
  async runUntilIdle(): Promise<void> {
    this.#check('runUntilIdle');
    await this.#steps.run('s.runUntilIdle()', () => this.clock.runUntilIdle());
  }

  /**
   * Advances to the first matching event, lets its instant settle, and resolves with it:
   * `s.until(web, 'Terminated', { within: '1m' })` or `s.until((event) => ..., { within })`.
   * The event type is matched case-insensitively at run time. It may be started, advanced past
   * and awaited after (no unhandled rejection); a failure nobody awaited by the end of the next
   * step fails the step after that.
   */
  until(task: MockTask, type: TaskEventType, options?: { within?: Duration }): Promise<TaskEvent>;
  until(
    predicate: (event: TaskEvent) => boolean,
    options?: { within?: Duration },
  ): Promise<TaskEvent>;
  until(subject: unknown, second?: unknown, third?: unknown): Promise<TaskEvent> {
    // Held, so that starting it, advancing past its deadline and awaiting it is no unhandled
    // rejection; a failure nobody awaits fails the next step instead.
    return this.#steps.hold(this.#until(subject, second, third));
  }

  async #until(subject: unknown, second: unknown, third: unknown): Promise<TaskEvent> {
    this.#check('until');
    const isPredicate = typeof subject === 'function';
    const target = untilTarget(subject, isPredicate ? undefined : second);
    const within = untilWithin(isPredicate ? second : third);
    const deadline = within === undefined ? Number.MAX_SAFE_INTEGER : this.now + within;

    let index = this.timeline.length;
    let found: TaskEvent | undefined;
    const done = (): boolean => {
      for (; index < this.timeline.length; index++) {
        const event = this.timeline.at(index);
        if (event !== undefined && target.matches(event)) {
          found = event;
          return true;
        }
      }
      return !this.clock.busy;
    };

    await this.#steps.run(target.description, () => this.clock.runUntil(done, deadline));
    if (found !== undefined) return found;

    const why =
      this.now >= deadline && within !== undefined
        ? `saw no such event within ${formatDuration(within)}`
        : `saw no such event: nothing is left to happen`;
    throw new TaskdoubleError(
      `${target.description} ${why} (virtual time ${formatDuration(this.now)}, seed ${this.seed}). Last events:\n${describeLastEvents(this.timeline)}`,
    );
  }

  /**
   * Runs `action` at `offset` from the scenario's start (`s.at('45s', () => web.stop())`). An
   * error it throws or rejects with fails the next advance, run or until.
   */
  at(offset: Duration, action: () => unknown): void {
    this.#check('at');
    const due = scenarioDuration('at', offset);
    if (due < this.now) {
      throw new TaskdoubleError(
        `at: ${showValue(offset)} is in the past: the scenario is already at ${formatDuration(this.now)} (offsets count from the scenario's start)`,
      );
    }
    if (typeof action !== 'function') {
      throw new TaskdoubleError(
        `at: expected a function to run at ${showValue(offset)}, got ${showValue(action)}`,
      );
    }

    this.clock.setTimer(due - this.now, () => this.#steps.runAtAction(action), {
      label: `s.at(${showValue(offset)})`,
    });
  }

  /** Clears every timer; the scenario refuses further use. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.clock.dispose();
  }

  /** `using s = scenario()` disposes it at the end of the block. */
  [Symbol.dispose](): void {
    this.dispose();
  }

  // How its tasks, allocations and jobs start an action (their ScenarioLink).
  #act<T>(step: string, start: () => Promise<T>): Promise<T> {
    if (this.#disposed) return this.#steps.hold(Promise.reject(disposedError(step)));
    return this.#steps.act(step, start);
  }

  #check(method: string): void {
    if (this.#disposed) throw disposedError(`s.${method}()`);
  }
}

/**
 * Creates a scenario: a virtual-time world with its own clock (or the user's fake clock with
 * `{ clock: 'global' }`), a seeded PRNG and a MockDriver.
 *
 * @example
 * const s = scenario({ seed: 7 })
 */
export function scenario(options?: ScenarioOptions): Scenario {
  return new Scenario(options);
}

/** The validated full task spec for `input`, without running it: for reuse and tables. */
export function mockTask(input?: TaskSpecInput, options: { jobType?: JobType } = {}): TaskSpec {
  return parseTaskSpec(input, { jobType: options.jobType ?? 'service' });
}

function disposedError(step: string): TaskdoubleError {
  return new TaskdoubleError(
    `${step}: this scenario was disposed (its timers are cleared); create a new one with scenario()`,
  );
}
