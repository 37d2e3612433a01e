import { ClockLimitError, Prng, type VirtualClock } from '../clock/index.js';
import {
  ConfigError,
  type ConfigIssue,
  parseGroupSpec,
  parseJobSpec,
  parseTaskSpec,
  type GroupSpec,
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
import { interpolateConfig, type LoadedJob } from '../jobfile/index.js';
import { AllocRunner, byName } from '../runner/index.js';
import { busiestTask, describeLastEvents } from './describe-events.js';
import { explainHang } from './explain-hang.js';
import { limitMessage } from './limit-message.js';
import { watchForHang } from './hang-watch.js';
import { makeClock } from './make-clock.js';
import { MockAlloc } from './mock-alloc.js';
import { MockJob } from './mock-job.js';
import { MockTask, type ScenarioLink } from './mock-task.js';
import {
  resolveScenarioOptions,
  type ResolvedScenarioOptions,
  type ScenarioOptions,
} from './scenario-options.js';
import { scenarioDuration, type Duration } from './scenario-duration.js';
import { isLoadedJob, withName } from './task-input.js';
import { TaskNames } from './task-names.js';
import { untilTarget, untilWithin } from './until-target.js';

/** The job that allocations made by `s.task()` and `s.group()` belong to. */
const IMPLICIT_JOB = 'job';

/**
 * A world in virtual time: a clock, a MockDriver, and the tasks, groups and jobs made in it.
 * Nothing happens until time advances (`advance`, `runUntilIdle`, `until`, or `autoAdvance`).
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

  readonly #options: ResolvedScenarioOptions;
  readonly #prng: Prng;
  readonly #link: ScenarioLink;
  readonly #taskNames = new TaskNames();
  readonly #jobNames = new Set<string>();
  readonly #allocIndexes = new Map<string, number>();
  readonly #actionErrors: unknown[] = [];
  #disposed = false;
  // Set while an s.at() action runs: the actions it starts are not awaited by the test, so they
  // get no hang watch (a watch would fail a later step for a wait nobody made).
  #inAtAction = false;
  // Where the last step left the timeline, and whether autoAdvance was on then: a failed
  // autoAdvance run between steps is reported at the next step, counting events since.
  #lastStepEnd = 0;
  #autoAtLastStep: boolean;

  constructor(options?: ScenarioOptions) {
    const resolved = resolveScenarioOptions(options);
    this.#options = resolved;
    this.seed = resolved.seed;
    this.start = resolved.start;
    this.jobType = resolved.jobType;
    this.clock = makeClock(resolved);
    this.clock.autoAdvance = resolved.autoAdvance;
    this.#autoAtLastStep = resolved.autoAdvance;
    this.#prng = new Prng(resolved.seed);
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

    this.#link = {
      maxEvents: resolved.maxEvents,
      act: (step, start) => this.#act(step, start),
    };
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
    const name = this.#taskNames.nameFor(input);
    const clash = this.#taskNames.clash(name);
    const spec = this.#parseTask(withName(input, name), clash);
    this.#taskNames.add(spec.name);

    const group: GroupSpec = { name: spec.name, count: 1, tasks: [spec], restart: spec.restart };
    const alloc = this.#allocate(IMPLICIT_JOB, group, this.jobType, []);
    const task = alloc.tasks[spec.name];
    if (task === undefined) throw new TaskdoubleError(`task: ${spec.name} was not created`);
    return task;
  }

  /** Makes one allocation of a group (`{ name, tasks: [...], restart }`), validated. */
  group(input: GroupSpecInput): MockAlloc {
    this.#check('group');
    const spec = parseGroupSpec(input, { jobType: this.jobType });
    if (spec.count !== 1) {
      throw new ConfigError('group', [
        {
          path: 'count',
          message: `s.group() makes one allocation, got count ${spec.count}; use s.job({ groups: [...] }) for several`,
        },
      ]);
    }
    return this.#allocate(IMPLICIT_JOB, spec, this.jobType, []);
  }

  /**
   * Makes a job (`{ name, type, groups: [...] }`, or what `loadJob`/`parseJob` returned): each
   * group's `count` gives that many allocations, named `<job>.<group>[<index>]`.
   */
  job(input: JobSpecInput | LoadedJob): MockJob {
    this.#check('job');
    const spec = isLoadedJob(input) ? input.spec : parseJobSpec(input);
    // A job may be named like the implicit one: allocation indexes are counted per job and group
    // across both, so names never collide.
    if (this.#jobNames.has(spec.name)) {
      throw new ConfigError('job', [
        {
          path: 'name',
          message: `${JSON.stringify(spec.name)} is already a job in this scenario (job names must be unique)`,
        },
      ]);
    }
    this.#jobNames.add(spec.name);

    const events = new Timeline<TaskEvent>({ seed: this.seed, start: this.start });
    const allocs: (readonly [string, MockAlloc])[] = [];
    for (const group of spec.groups) {
      for (let index = 0; index < group.count; index++) {
        const alloc = this.#allocate(spec.name, interpolateConfig(spec, group, index), spec.type, [
          events,
        ]);
        allocs.push([alloc.name, alloc]);
      }
    }
    return new MockJob(spec.name, spec.type, events, byName(allocs), this.#link);
  }

  /** Moves virtual time forward by `duration`, running everything due up to and including then. */
  async advance(duration: Duration): Promise<void> {
    this.#check('advance');
    const ns = scenarioDuration('advance', duration);
    await this.#run('s.advance()', () => this.clock.advance(ns));
  }

  /** Runs until nothing is left to happen (the driver's fingerprint ticks do not count). */
  async runUntilIdle(): Promise<void> {
    this.#check('runUntilIdle');
    await this.#run('s.runUntilIdle()', () => this.clock.runUntilIdle());
  }

  /**
   * Advances to the first matching event, lets its instant settle, and resolves with it:
   * `s.until(web, 'Terminated', { within: '1m' })` or `s.until((event) => ..., { within })`.
   * The event type is matched case-insensitively at run time.
   */
  until(task: MockTask, type: TaskEventType, options?: { within?: Duration }): Promise<TaskEvent>;
  until(
    predicate: (event: TaskEvent) => boolean,
    options?: { within?: Duration },
  ): Promise<TaskEvent>;
  async until(subject: unknown, second?: unknown, third?: unknown): Promise<TaskEvent> {
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

    await this.#run(target.description, () => this.clock.runUntil(done, deadline));
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

    this.clock.setTimer(due - this.now, () => this.#runAtAction(action), {
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

  // A name already taken is reported together with whatever else is wrong with the task.
  #parseTask(input: unknown, clash: ConfigIssue | undefined): TaskSpec {
    let spec: TaskSpec;
    try {
      spec = parseTaskSpec(input, { jobType: this.jobType });
    } catch (error) {
      if (clash === undefined || !(error instanceof ConfigError)) throw error;
      throw new ConfigError('task', [clash, ...error.issues]);
    }
    if (clash !== undefined) throw new ConfigError('task', [clash]);
    return spec;
  }

  #allocate(job: string, group: GroupSpec, jobType: JobType, timelines: Timeline[]): MockAlloc {
    const key = `${job}.${group.name}`;
    const index = this.#allocIndexes.get(key) ?? 0;
    this.#allocIndexes.set(key, index + 1);

    const runner = new AllocRunner({
      name: `${key}[${index}]`,
      group,
      jobType,
      driver: this.driver,
      clock: this.clock,
      prng: this.#prng,
      start: this.start,
      seed: this.seed,
      timelines: [...timelines, this.timeline],
    });
    return new MockAlloc(runner, this.#link);
  }

  #act<T>(step: string, start: () => Promise<T>): Promise<T> {
    if (this.#disposed) return Promise.reject(disposedError(step));

    let work: Promise<T>;
    try {
      work = start();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return this.#inAtAction ? work : this.#watch(step, work);
  }

  // What an s.at() action throws or rejects with fails the next advance, run or until.
  #runAtAction(action: () => unknown): void {
    this.#inAtAction = true;
    try {
      Promise.resolve(action()).catch((error: unknown) => this.#actionErrors.push(error));
    } catch (error) {
      this.#actionErrors.push(error);
    } finally {
      this.#inAtAction = false;
    }
  }

  // Runs one clock step under the hang watch, names the busiest task if the loop guard stops it,
  // and surfaces what an s.at() action threw.
  async #run<T>(step: string, work: () => Promise<T>): Promise<T> {
    const from = this.timeline.length;
    const startedAt = this.now;
    // autoAdvance switches itself off when its run fails; the failure surfaces at this step.
    const autoStopped = this.#autoAtLastStep && !this.clock.autoAdvance;
    let result: T;
    try {
      result = await this.#watch(step, work());
    } catch (error) {
      if (!(error instanceof ClockLimitError)) throw error;
      const autoAdvance = autoStopped && this.timeline.length === from && this.now === startedAt;
      const message = limitMessage({
        step,
        autoAdvance,
        limit: error.limit,
        now: this.now,
        seed: this.seed,
        busiest: busiestTask(this.timeline, autoAdvance ? this.#lastStepEnd : from),
      });
      throw new TaskdoubleError(message, { cause: error });
    } finally {
      this.#lastStepEnd = this.timeline.length;
      this.#autoAtLastStep = this.clock.autoAdvance;
    }

    const failure = this.#actionErrors.shift();
    if (failure !== undefined) throw failure;
    return result;
  }

  #watch<T>(step: string, work: Promise<T>): Promise<T> {
    return watchForHang(step, work, {
      timeout: this.#options.hangTimeout,
      progress: () => `${this.clock.now}/${this.timeline.length}/${this.driver.timeline.length}`,
      explain: (what) =>
        explainHang(what, {
          clock: this.clock,
          timeline: this.timeline,
          seed: this.seed,
          hangTimeout: this.#options.hangTimeout,
          clockMode: this.#options.clock,
        }),
    });
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
