import { ClockLimitError } from '../clock/index.js';
import type { PluginConfig } from '../config/index.js';
import { formatDuration } from '../duration/index.js';
import type { TimelineLine } from '../format/index.js';
import type { LoadedJob } from '../jobfile/index.js';
import { scenario, type MockJob, type MockTask, type Scenario } from '../scenario/index.js';
import { watchHealth } from './health-watch.js';
import type { RestartAt, SignalAt } from './option-values.js';

/** How long a run without `--for` may go before it is stopped: one virtual day. */
export const MAX_RUN = 24 * 3600 * 1e9;

/** What `taskdouble run` does to the job, besides running it. */
export interface SimulationOptions {
  readonly seed: number;
  readonly start: Date;
  readonly plugin: PluginConfig | undefined;
  /** Run exactly this long (ns); else until idle, at most `MAX_RUN`. */
  readonly for: number | undefined;
  readonly stopAt: number | undefined;
  readonly signals: readonly SignalAt[];
  readonly restarts: readonly RestartAt[];
}

/** A finished run: the job to show, the driver's health changes, and notes for stderr. */
export interface Simulation {
  readonly scenario: Scenario;
  readonly job: MockJob;
  readonly health: readonly TimelineLine[];
  readonly notes: readonly string[];
}

/**
 * Runs a loaded job in a fresh scenario: schedules the actions asked for, then runs for
 * `options.for`, or until nothing is left to happen (stopping after a virtual day with a note).
 */
export async function simulateJob(
  loaded: LoadedJob,
  options: SimulationOptions,
): Promise<Simulation> {
  const s = scenario({
    seed: options.seed,
    start: options.start,
    ...(options.plugin === undefined ? {} : { plugin: pluginInput(options.plugin) }),
  });
  const job = s.job(loaded);
  const notes: string[] = [];

  const actions = scheduler(s);
  if (options.stopAt !== undefined) {
    actions.at(`--stop-at ${formatDuration(options.stopAt)}`, options.stopAt, () => {
      job.stop().catch((error: unknown) => notes.push(`--stop-at: ${messageOf(error)}`));
    });
  }
  for (const { signal, at, task, raw } of options.signals) {
    const option = `--signal ${raw}`;
    actions.at(option, at, () => {
      onRunningTasks(job, { option, task, at }, notes, (running) => running.signal(signal));
    });
  }
  for (const { at, task, raw } of options.restarts) {
    const option = `--restart-at ${raw}`;
    actions.at(option, at, () => {
      onRunningTasks(job, { option, task, at }, notes, (running) => running.restart());
    });
  }

  const health =
    options.plugin?.shutdown_periodic_after === true ? watchHealth(s.driver) : undefined;
  try {
    await run(s, options.for, notes);
  } finally {
    health?.stop();
  }
  notes.push(...actions.notDone(s.now));

  return { scenario: s, job, health: health?.lines ?? [], notes };
}

async function run(s: Scenario, duration: number | undefined, notes: string[]): Promise<void> {
  try {
    if (duration !== undefined) {
      await s.advance(formatDuration(duration));
      return;
    }

    const settled = await s.clock.runUntil(() => !s.clock.busy, MAX_RUN);
    if (!settled) {
      notes.push(
        `the job was still busy after ${formatDuration(MAX_RUN)} of virtual time and was stopped there; use --for to choose how long to run`,
      );
    }
  } catch (error) {
    // A job that fires timers without end (output repeated every nanosecond) is shown as far
    // as it got: what it did is the result.
    const limit = error instanceof ClockLimitError ? error : causeOf(error);
    if (limit === undefined) throw error;
    notes.push(
      `the run stopped at the limit of ${limit.limit} timers at virtual time ${formatDuration(s.now)}: the job never settles; use a shorter --for`,
    );
  }
}

/** Schedules the actions asked for, remembering which ones the run reached. */
function scheduler(s: Scenario) {
  const actions: { option: string; at: number; done: boolean }[] = [];
  return {
    at(option: string, at: number, act: () => void): void {
      const action = { option, at, done: false };
      actions.push(action);
      s.at(formatDuration(at), () => {
        action.done = true;
        act();
      });
    },

    // An offset past the end of the run would otherwise pass without a word: the run is over
    // before it comes (`--for 1m --restart-at 2h`, or a run stopped after a virtual day).
    notDone(end: number): string[] {
      return actions
        .filter((action) => !action.done)
        .map(
          ({ option, at }) =>
            `${option}: the run ended at ${formatDuration(end)}, before ${formatDuration(at)}; nothing was done (use --for to run longer)`,
        );
    },
  };
}

/** What one action acts on: the tasks of that name, or every task when `task` is undefined. */
interface Target {
  /** The option as given, to start its notes. */
  readonly option: string;
  readonly task: string | undefined;
  readonly at: number;
}

// `nomad alloc signal` and `nomad alloc restart` act on the tasks that are running; a named
// task is looked for in every allocation, so each copy of its group (count > 1) gets the action.
function onRunningTasks(
  job: MockJob,
  { option, task: name, at }: Target,
  notes: string[],
  act: (task: MockTask) => Promise<unknown>,
): void {
  const running = Object.values(job.allocs).flatMap((alloc) =>
    Object.values(alloc.tasks).filter(
      (task) => task.state === 'running' && (name === undefined || task.name === name),
    ),
  );
  if (running.length === 0) {
    const which = name === undefined ? 'no task was' : `task ${JSON.stringify(name)} was not`;
    notes.push(`${option}: ${which} running at ${formatDuration(at)}; nothing was done`);
  }
  for (const task of running) {
    act(task).catch((error: unknown) =>
      notes.push(`${option}: task "${task.name}" of ${task.alloc}: ${messageOf(error)}`),
    );
  }
}

// The scenario reads a number as seconds; a Go duration string carries the exact ns.
function pluginInput(plugin: PluginConfig): Record<string, unknown> {
  return {
    ...plugin,
    shutdown_periodic_duration: formatDuration(plugin.shutdown_periodic_duration),
  };
}

function causeOf(error: unknown): ClockLimitError | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof ClockLimitError ? cause : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
