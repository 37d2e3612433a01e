import type { Prng, VirtualClock } from '../clock/index.js';
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
import type { MockDriver } from '../driver/index.js';
import { TaskdoubleError } from '../errors/index.js';
import { Timeline, type TaskEvent } from '../events/index.js';
import { interpolateConfig, type LoadedJob } from '../jobfile/index.js';
import { AllocRunner, byName } from '../runner/index.js';
import { MockAlloc } from './mock-alloc.js';
import { MockJob } from './mock-job.js';
import type { MockTask, ScenarioLink } from './mock-task.js';
import { isLoadedJob, withName } from './task-input.js';
import { TaskNames } from './task-names.js';

/** The job that allocations made by `s.task()` and `s.group()` belong to. */
const IMPLICIT_JOB = 'job';

/** The parts of its scenario that every allocation is wired to. */
export interface MockWorld {
  /** The job type of tasks and groups made with `task()` and `group()`. */
  readonly jobType: JobType;
  readonly seed: number;
  readonly start: Date;
  readonly clock: VirtualClock;
  readonly driver: MockDriver;
  readonly prng: Prng;
  /** The scenario's timeline, which every allocation appends its events to. */
  readonly timeline: Timeline<TaskEvent>;
  readonly link: ScenarioLink;
}

/**
 * Makes a scenario's mock tasks, allocations and jobs from their input, validated: keeps task
 * names (of `s.task()`) and job names unique, numbers each job's allocations per group, and
 * wires every allocation to the scenario's clock, driver, PRNG and timelines.
 */
export class MockFactory {
  readonly #world: MockWorld;
  readonly #taskNames = new TaskNames();
  readonly #jobNames = new Set<string>();
  readonly #allocIndexes = new Map<string, number>();

  constructor(world: MockWorld) {
    this.#world = world;
  }

  /** A task that is an allocation of its own, in the implicit job (`s.task()`). */
  task(input?: TaskSpecInput): MockTask {
    const name = this.#taskNames.nameFor(input);
    const clash = this.#taskNames.clash(name);
    const spec = this.#parseTask(withName(input, name), clash);
    this.#taskNames.add(spec.name);

    const group: GroupSpec = { name: spec.name, count: 1, tasks: [spec], restart: spec.restart };
    const alloc = this.#allocate(IMPLICIT_JOB, group, this.#world.jobType, []);
    const task = alloc.tasks[spec.name];
    if (task === undefined) throw new TaskdoubleError(`task: ${spec.name} was not created`);
    return task;
  }

  /** One allocation of a group, in the implicit job (`s.group()`). */
  group(input: GroupSpecInput): MockAlloc {
    const { jobType } = this.#world;
    const spec = parseGroupSpec(input, { jobType });
    if (spec.count !== 1) {
      throw new ConfigError('group', [
        {
          path: 'count',
          message: `s.group() makes one allocation, got count ${spec.count}; use s.job({ groups: [...] }) for several`,
        },
      ]);
    }
    return this.#allocate(IMPLICIT_JOB, spec, jobType, []);
  }

  /** A job with `count` allocations of each group (`s.job()`). */
  job(input: JobSpecInput | LoadedJob): MockJob {
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

    const { seed, start, link } = this.#world;
    const events = new Timeline<TaskEvent>({ seed, start });
    const allocs: (readonly [string, MockAlloc])[] = [];
    for (const group of spec.groups) {
      for (let index = 0; index < group.count; index++) {
        const alloc = this.#allocate(spec.name, interpolateConfig(spec, group, index), spec.type, [
          events,
        ]);
        allocs.push([alloc.name, alloc]);
      }
    }
    return new MockJob(spec.name, spec.type, events, byName(allocs), link);
  }

  // A name already taken is reported together with whatever else is wrong with the task.
  #parseTask(input: unknown, clash: ConfigIssue | undefined): TaskSpec {
    let spec: TaskSpec;
    try {
      spec = parseTaskSpec(input, { jobType: this.#world.jobType });
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

    const world = this.#world;
    const runner = new AllocRunner({
      name: `${key}[${index}]`,
      group,
      jobType,
      driver: world.driver,
      clock: world.clock,
      prng: world.prng,
      start: world.start,
      seed: world.seed,
      timelines: [...timelines, world.timeline],
    });
    return new MockAlloc(runner, world.link);
  }
}
