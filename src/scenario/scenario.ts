import { ClockLimitError, Prng, VirtualClock } from '../clock/index.js';
import {
  ConfigError,
  parseGroupSpec,
  parseJobSpec,
  parseTaskSpec,
  type GroupSpec,
  type JobSpec,
  type JobType,
  type TaskSpec,
} from '../config/index.js';
import { MockDriver } from '../driver/index.js';
import { formatDuration, parseDuration } from '../duration/index.js';
import { TaskdoubleError } from '../errors/index.js';
import { KIND, Timeline, type DriverEntry, type TaskEvent } from '../events/index.js';
import { interpolateConfig } from '../jobfile/index.js';
import { AllocRunner } from '../runner/index.js';
import { busiestTask, describeLastEvents } from './describe-events.js';
import { watchForHang } from './hang-watch.js';
import { MockAlloc } from './mock-alloc.js';
import { MockJob } from './mock-job.js';
import { MockTask, type ScenarioLink } from './mock-task.js';
import {
  resolveScenarioOptions,
  type ResolvedScenarioOptions,
  type ScenarioOptions,
} from './scenario-options.js';
import { untilTarget } from './until-target.js';

/** A duration: a Go duration string (`"1m30s"`) or a number of milliseconds. */
export type Duration = string | number;

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
  readonly #taskNames = new Set<string>();
  readonly #jobNames = new Set<string>();
  readonly #allocIndexes = new Map<string, number>();
  readonly #actionErrors: unknown[] = [];
  #disposed = false;

  constructor(options?: ScenarioOptions) {
    const resolved = resolveScenarioOptions(options);
    this.#options = resolved;
    this.seed = resolved.seed;
    this.start = resolved.start;
    this.jobType = resolved.jobType;
    this.clock = makeClock(resolved);
    this.clock.autoAdvance = resolved.autoAdvance;
    this.#prng = new Prng(resolved.seed);
    this.timeline = new Timeline({ seed: resolved.seed, start: resolved.start });

    const driverTimeline = new Timeline<DriverEntry>({
      seed: resolved.seed,
      start: resolved.start,
    });
    this.driver = new MockDriver({
      clock: this.clock,
      plugin: resolved.plugin,
      timeline: driverTimeline,
      start: resolved.start,
    });

    this.#link = {
      maxEvents: resolved.maxEvents,
      guard: (step, work) => this.#watch(step, work),
    };
  }

  /** Virtual time since the scenario started, in ns. */
  get now(): number {
    return this.clock.now;
  }

  /**
   * Makes a mock task from a partial jobspec task (`{ name, config, restart, kill_timeout }`),
   * validated, with Nomad's defaults; it is an allocation of its own. `Received` is appended now.
   */
  task(input?: unknown): MockTask {
    this.#check('task');
    const name = this.#taskName(input);
    const spec = parseTaskSpec(withName(input, name), { jobType: this.jobType });
    this.#taskNames.add(spec.name);

    const group: GroupSpec = { name: spec.name, count: 1, tasks: [spec], restart: spec.restart };
    const alloc = this.#allocate(IMPLICIT_JOB, group, this.jobType, []);
    const task = alloc.tasks[spec.name];
    if (task === undefined) throw new TaskdoubleError(`task: ${spec.name} was not created`);
    return task;
  }

  /** Makes one allocation of a group (`{ name, tasks: [...], restart }`), validated. */
  group(input: unknown): MockAlloc {
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
  job(input: unknown): MockJob {
    this.#check('job');
    const spec = isLoadedJob(input) ? input.spec : parseJobSpec(input);
    if (this.#jobNames.has(spec.name) || spec.name === IMPLICIT_JOB) {
      throw new ConfigError('job', [
        {
          path: 'name',
          message: `${JSON.stringify(spec.name)} is already a job in this scenario (job names must be unique; "${IMPLICIT_JOB}" holds s.task() and s.group())`,
        },
      ]);
    }
    this.#jobNames.add(spec.name);

    const events = new Timeline<TaskEvent>({ seed: this.seed, start: this.start });
    const allocs: Record<string, MockAlloc> = {};
    for (const group of spec.groups) {
      for (let index = 0; index < group.count; index++) {
        const alloc = this.#allocate(spec.name, interpolateConfig(spec, group, index), spec.type, [
          events,
        ]);
        allocs[alloc.name] = alloc;
      }
    }
    return new MockJob(spec.name, spec.type, events, allocs, this.#link);
  }

  /** Moves virtual time forward by `duration`, running everything due up to and including then. */
  async advance(duration: Duration): Promise<void> {
    this.#check('advance');
    const ns = nonNegative('advance', duration);
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
   */
  until(task: MockTask, type: string, options?: { within?: Duration }): Promise<TaskEvent>;
  until(
    predicate: (event: TaskEvent) => boolean,
    options?: { within?: Duration },
  ): Promise<TaskEvent>;
  async until(subject: unknown, second?: unknown, third?: unknown): Promise<TaskEvent> {
    this.#check('until');
    const isPredicate = typeof subject === 'function';
    const target = untilTarget(subject, isPredicate ? undefined : second);
    const options = (isPredicate ? second : third) as { within?: Duration } | undefined;
    const within =
      options?.within === undefined ? undefined : nonNegative('until within', options.within);
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
    const due = nonNegative('at', offset);
    if (due < this.now) {
      throw new TaskdoubleError(
        `at: ${JSON.stringify(offset)} is in the past: the scenario is already at ${formatDuration(this.now)}`,
      );
    }
    if (typeof action !== 'function') {
      throw new TaskdoubleError(`at: expected a function to run, got ${String(action)}`);
    }

    this.clock.setTimer(
      due - this.now,
      () => {
        try {
          Promise.resolve(action()).catch((error: unknown) => this.#actionErrors.push(error));
        } catch (error) {
          this.#actionErrors.push(error);
        }
      },
      { label: `s.at(${JSON.stringify(offset)})` },
    );
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

  #taskName(input: unknown): string {
    const given = isRecord(input) ? input['name'] : undefined;
    if (typeof given === 'string') {
      if (this.#taskNames.has(given)) {
        throw new ConfigError('task', [
          {
            path: 'name',
            message: `${JSON.stringify(given)} is already the name of a task in this scenario (s.task() names must be unique)`,
          },
        ]);
      }
      return given;
    }

    // Unnamed tasks are task, task-2, task-3, ... skipping names already taken.
    let name = 'task';
    for (let n = 2; this.#taskNames.has(name); n++) name = `task-${n}`;
    return name;
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

  // Runs one clock step under the hang watch, names the busiest task if the loop guard stops it,
  // and surfaces what an s.at() action threw.
  async #run<T>(step: string, work: () => Promise<T>): Promise<T> {
    const from = this.timeline.length;
    let result: T;
    try {
      result = await this.#watch(step, work());
    } catch (error) {
      if (!(error instanceof ClockLimitError)) throw error;
      const busiest =
        busiestTask(this.timeline, from) ?? 'no task event (a timer of s.at or the driver)';
      throw new TaskdoubleError(
        `${step} stopped at the scenario's limit of ${error.limit} timers at virtual time ${formatDuration(this.now)} (seed ${this.seed}): the scenario never settles. Busiest: ${busiest}. Use s.advance() for a bounded run, or raise scenario({ limit }).`,
        { cause: error },
      );
    }

    const failure = this.#actionErrors.shift();
    if (failure !== undefined) throw failure;
    return result;
  }

  #watch<T>(step: string, work: Promise<T>): Promise<T> {
    return watchForHang(step, work, {
      timeout: this.#options.hangTimeout,
      progress: () => `${this.clock.now}/${this.timeline.length}/${this.driver.timeline.length}`,
      explain: (what) => this.#explainHang(what),
    });
  }

  #explainHang(step: string): string {
    const pending = this.clock.pending().filter((timer) => !timer.background);
    const next = pending[0];
    const timers =
      next === undefined
        ? 'none'
        : `${pending.length} (next: "${next.label}" at ${formatDuration(next.due)})`;
    return [
      `${step} made no progress for ${this.#options.hangTimeout} real ms: virtual time stayed at ${formatDuration(this.now)} (seed ${this.seed}).`,
      `With the scenario's own clock nothing moves time while you await: start the action, advance, then await it`,
      `(const stopping = web.stop(); await s.advance('5s'); await stopping;), or use scenario({ autoAdvance: true }).`,
      `Pending timers: ${timers}`,
      `Last events:\n${describeLastEvents(this.timeline)}`,
    ].join('\n');
  }

  #check(method: string): void {
    if (this.#disposed) {
      throw new TaskdoubleError(
        `${method}: this scenario was disposed; create a new one with scenario()`,
      );
    }
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
export function mockTask(input?: unknown, options: { jobType?: JobType } = {}): TaskSpec {
  return parseTaskSpec(input, { jobType: options.jobType ?? 'service' });
}

function makeClock(options: ResolvedScenarioOptions): VirtualClock {
  try {
    return new VirtualClock({ mode: options.clock, limit: options.limit });
  } catch (error) {
    if (options.clock !== 'global' || !(error instanceof TaskdoubleError)) throw error;
    throw new ConfigError('scenario options', [
      {
        path: 'options.clock',
        message: `"global" drives the fake clock of vi.useFakeTimers() or jest.useFakeTimers(), and none is installed: call one of them first, or use the scenario's own clock (the default)`,
      },
    ]);
  }
}

function nonNegative(method: string, duration: Duration): number {
  const ns = parseDuration(duration);
  if (ns < 0) {
    throw new TaskdoubleError(
      `${method}: ${JSON.stringify(duration)} is negative; virtual time only moves forward`,
    );
  }
  return ns;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withName(input: unknown, name: string): unknown {
  if (input === undefined) return { name };
  // A name given, even a bad one, is the user's and is validated as written.
  if (!isRecord(input) || 'name' in input) return input;
  return { ...input, name };
}

function isLoadedJob(value: unknown): value is { spec: JobSpec } {
  return (
    isRecord(value) &&
    isRecord(value['spec']) &&
    Array.isArray(value['spec']['groups']) &&
    Array.isArray(value['ignored'])
  );
}
