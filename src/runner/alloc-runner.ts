import type { GroupSpec } from '../config/index.js';
import { KIND, Timeline, type NomadTaskState } from '../events/index.js';
import { byName } from './by-name.js';
import { clientStatus, type ClientStatus } from './client-status.js';
import { killCause, type KillCauseTask } from './kill-cause.js';
import {
  isSidecar,
  mayRun,
  nextStage,
  roleOf,
  type LifecycleStage,
  type TaskRole,
} from './lifecycle-gates.js';
import { TaskRunner, type TaskRunnerOptions } from './task-runner.js';
import type { RunnerWorld } from './task-runner-options.js';

/** One task as the kill rule and the lifecycle gates see it. */
interface TaskView extends KillCauseTask {
  readonly runner: TaskRunner;
}

/** Options of {@link AllocRunner}. */
export interface AllocRunnerOptions extends RunnerWorld {
  /** The allocation's name, `<job>.<group>[<index>]`. */
  name: string;
  /** The validated group (`parseGroupSpec`): its tasks in order. */
  group: GroupSpec;
}

/** An allocation as Nomad's API JSON has it, reduced to what the simulation knows. */
export interface NomadAllocation {
  Name: string;
  ClientStatus: ClientStatus;
  TaskStates: Record<string, NomadTaskState>;
}

/**
 * One allocation of a group (NOMAD-REFERENCE §3.5): its tasks run through the lifecycle stages
 * (prestart, main, poststart, poststop); a dead leader or a failed task kills the rest, leader
 * first, then the other tasks, then the sidecars; sidecars left alone get `Main Tasks Dead`.
 *
 * @example
 * const alloc = new AllocRunner({ name: 'demo.web[0]', group, jobType: 'service', driver, clock, prng, start })
 * await clock.advance(60e9)
 * alloc.status // => 'running'
 */
export class AllocRunner {
  /** The brand the matchers recognise. */
  readonly [KIND] = 'alloc' as const;
  readonly name: string;
  readonly seed: number | undefined;
  /** Every event of every task of the allocation, in order. */
  readonly events: Timeline;
  /** The tasks by name, in the group's order. */
  readonly tasks: Record<string, TaskRunner>;

  readonly #runners: readonly TaskRunner[];
  #stage: LifecycleStage = 'prestart';
  #done: Promise<void> | undefined = undefined;
  #taskViews: TaskView[] | undefined = undefined;
  #killing = false;
  #evaluating = false;
  #again = false;
  readonly #onTaskChange = (): void => this.#evaluate();

  constructor(options: AllocRunnerOptions) {
    const { name, group, seed, start } = options;
    this.name = name;
    this.seed = seed;
    this.events = new Timeline(seed === undefined ? { start } : { seed, start });
    // One array for every task of the allocation: each task keeps a reference to it.
    const timelines = [this.events].concat(options.timelines ?? []);
    // A field, not a closure made here: a closure would keep this constructor's scope (the
    // options, the group) for as long as a task holds it.
    const onStateChange = this.#onTaskChange;

    this.#runners = group.tasks.map((spec) => {
      // Optional keys set after the literal, not spread into it: spreading is slow on V8.
      const runnerOptions: TaskRunnerOptions = {
        spec,
        alloc: name,
        jobType: options.jobType,
        driver: options.driver,
        clock: options.clock,
        prng: options.prng,
        start,
        timelines,
        gated: true,
        onStateChange,
      };
      if (seed !== undefined) runnerOptions.seed = seed;
      if (options.maxKillTimeout !== undefined) {
        runnerOptions.maxKillTimeout = options.maxKillTimeout;
      }
      const runner = new TaskRunner(runnerOptions);
      return runner;
    });
    this.tasks = byName(this.#runners.map((runner) => [runner.name, runner]));

    this.#evaluate();
  }

  /** Resolves when every task is dead; made at its first read (most allocations are never awaited). */
  get done(): Promise<void> {
    if (this.#done === undefined) {
      this.#done = Promise.all(this.#runners.map((runner) => runner.done)).then(() => undefined);
      this.#done.catch(() => undefined);
    }
    return this.#done;
  }

  /** Nomad's client status: failed, running, pending or complete. */
  get status(): ClientStatus {
    return clientStatus(this.#runners);
  }

  /** The lifecycle stage the group has reached. */
  get stage(): LifecycleStage {
    return this.#stage;
  }

  /**
   * Stops the allocation: the leader first, then the other tasks together, then the sidecars;
   * poststop tasks run afterwards. Resolves when every task is dead.
   */
  stop(): Promise<void> {
    if (!this.#killing) {
      this.#killing = true;
      void this.#killInOrder(this.#liveGroupTasks());
    }
    return this.done;
  }

  /** Nomad's Allocation JSON, reduced to `Name`, `ClientStatus` and `TaskStates`. */
  toNomad(options: { maxEvents?: number } = {}): NomadAllocation {
    return {
      Name: this.name,
      ClientStatus: this.status,
      TaskStates: byName(this.#runners.map((runner) => [runner.name, runner.toNomad(options)])),
    };
  }

  /**
   * Re-evaluates the group after a task's state changed. Killing or opening a task can change
   * another's state at once, so a change during an evaluation asks for one more round instead
   * of nesting.
   */
  #evaluate(): void {
    if (this.#evaluating) {
      this.#again = true;
      return;
    }

    this.#evaluating = true;
    try {
      do {
        this.#again = false;
        const views = this.#views();
        // Killing may have changed states: the gates then read them afresh.
        this.#openGates(this.#applyKillRule(views) ? this.#views() : views);
      } while (this.#again);
    } finally {
      this.#evaluating = false;
    }
    if (allDead(this.#runners)) this.#taskViews = undefined;
  }

  /** Applies the kill rule; true when it began killing. */
  #applyKillRule(views: readonly TaskView[]): boolean {
    if (this.#killing) return false;

    const cause = killCause(views);
    if (cause === undefined) return false;

    this.#killing = true;
    const live = this.#liveGroupTasks();
    for (const runner of live) {
      if (cause.type === 'Sibling Task Failed') {
        runner.emit(cause.type, { failedSibling: cause.failedSibling });
      } else {
        runner.emit(cause.type, {});
      }
    }
    void this.#killInOrder(live);
    return true;
  }

  #openGates(views: readonly TaskView[]): void {
    this.#stage = nextStage(this.#stage, views);
    for (const runner of this.#runners) {
      if (mayRun(this.#stage, this.#role(runner))) runner.open();
    }
  }

  /**
   * What the kill rule and the gates read of each task, as it is now: one view per task, made at
   * the first evaluation and brought up to date at each, since evaluations follow every state
   * change. Dropped once every task is dead, as nothing changes any more.
   */
  #views(): TaskView[] {
    const views = (this.#taskViews ??= this.#runners.map((runner) => ({
      runner,
      name: runner.name,
      role: this.#role(runner),
      leader: runner.spec.leader,
      state: runner.state,
      failed: runner.failed,
    })));
    for (const view of views) {
      view.state = view.runner.state;
      view.failed = view.runner.failed;
    }
    return views;
  }

  /** Kills in Nomad's order: the leader (waiting for it to die), the others, the sidecars. */
  async #killInOrder(live: readonly TaskRunner[]): Promise<void> {
    const sidecar = (runner: TaskRunner): boolean => isSidecar(this.#role(runner));
    const leaders = live.filter((runner) => runner.spec.leader);
    const others = live.filter((runner) => !runner.spec.leader && !sidecar(runner));
    const sidecars = live.filter((runner) => !runner.spec.leader && sidecar(runner));

    // An empty stage is skipped without waiting: the first kills then happen at the call, before
    // any task's exit at the same instant is looked at, so a task that got the kill-cause event
    // also gets Killing.
    for (const stage of [leaders, others, sidecars].filter((tasks) => tasks.length > 0)) {
      await Promise.all(stage.map((runner) => runner.stop())).catch(() => undefined);
    }
  }

  /** The tasks that are not poststop (those are never killed) and not yet dead. */
  #liveGroupTasks(): TaskRunner[] {
    return this.#runners.filter(
      (runner) => this.#role(runner) !== 'poststop' && runner.state !== 'dead',
    );
  }

  // Worked out at each use rather than stored: it is a few comparisons, and an allocation that
  // ends is kept by its scenario as long as its tasks are.
  #role(runner: TaskRunner): TaskRole {
    return roleOf(runner.spec.lifecycle);
  }
}

function allDead(runners: readonly TaskRunner[]): boolean {
  for (const runner of runners) if (runner.state !== 'dead') return false;
  return true;
}
