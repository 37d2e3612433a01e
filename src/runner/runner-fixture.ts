import { Prng, VirtualClock } from '../clock/index.js';
import { parseGroupSpec, parseTaskSpec, type JobType } from '../config/index.js';
import { MockDriver } from '../driver/index.js';
import { formatDuration } from '../duration/index.js';
import { Timeline, type TaskEvent } from '../events/index.js';
import { AllocRunner } from './alloc-runner.js';
import { TaskRunner, type TaskRunnerOptions } from './task-runner.js';

/** The start every runner test uses, so event times are readable. */
export const FIXTURE_START = new Date('2024-01-01T00:00:00Z');

/** A clock, a driver and a scenario-wide timeline for runner tests (test support only). */
export interface RunnerFixture {
  clock: VirtualClock;
  driver: MockDriver;
  prng: Prng;
  timeline: Timeline;
  jobType: JobType;
  seed: number;
  /** A task runner for `input` (a task as `parseTaskSpec` takes it). */
  task(input?: unknown, options?: Partial<TaskRunnerOptions>): TaskRunner;
  /** An allocation of `input` (a group as `parseGroupSpec` takes it), named `demo.<group>[0]`. */
  group(input: unknown): AllocRunner;
}

/** Builds a {@link RunnerFixture}: batch or service job, seeded randomness. */
export function runnerFixture(options: { jobType?: JobType; seed?: number } = {}): RunnerFixture {
  const jobType = options.jobType ?? 'service';
  const seed = options.seed ?? 1;
  const clock = new VirtualClock();
  const driver = new MockDriver({ clock, start: FIXTURE_START });
  const prng = new Prng(seed);
  const timeline = new Timeline({ seed, start: FIXTURE_START });

  const task = (input?: unknown, overrides: Partial<TaskRunnerOptions> = {}): TaskRunner =>
    new TaskRunner({
      spec: parseTaskSpec(input, { jobType }),
      alloc: 'demo.web[0]',
      jobType,
      driver,
      clock,
      prng,
      start: FIXTURE_START,
      seed,
      timelines: [timeline],
      ...overrides,
    });

  const group = (input: unknown): AllocRunner => {
    const spec = parseGroupSpec(input, { jobType });
    return new AllocRunner({
      name: `demo.${spec.name}[0]`,
      group: spec,
      jobType,
      driver,
      clock,
      prng,
      start: FIXTURE_START,
      seed,
      timelines: [timeline],
    });
  };

  return { clock, driver, prng, timeline, jobType, seed, task, group };
}

/** One line per event, `<offset> <type>: <message>`, for inline snapshots. */
export function lines(events: Iterable<TaskEvent>): string[] {
  return [...events].map((event) => `${formatDuration(event.at)} ${event.type}: ${event.message}`);
}

/** One line per event with the task's name, for group timelines. */
export function taskLines(events: Iterable<TaskEvent>): string[] {
  return [...events].map(
    (event) => `${formatDuration(event.at)} ${event.task} ${event.type}: ${event.message}`,
  );
}

/** The event types in order. */
export function types(events: Iterable<TaskEvent>): string[] {
  return [...events].map((event) => event.type);
}
