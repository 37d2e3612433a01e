import type { TimerHandle, VirtualClock } from '../clock/index.js';
import { DriverStartError, type ExitResult, type MockDriver } from '../driver/index.js';
import type { Timeline } from '../events/index.js';
import { deferred, type Deferred } from './deferred.js';
import { beginKill, shutdownOver } from './kill-flow.js';
import { Step } from './life-steps.js';
import { later, type Reactor } from './reaction-queue.js';
import { RestartTracker, type RestartDecision } from './restart-tracker.js';
import { ProcessLauncher } from './process-launcher.js';
import { terminatedFields, type RunningProcess } from './running-process.js';
import type { TaskRunner } from './task-runner.js';
import type { TaskRunnerOptions } from './task-runner-options.js';
import type { TaskState, TaskStateName } from './task-state.js';

/**
 * One task's Nomad client loop while the task may still run (NOMAD-REFERENCE §3.2), as a
 * synchronous state machine: timers and the driver report what happened, and the life reacts in
 * the same instant, after the instant's timers (`later`), with no promise per step.
 *
 * It also holds what only a live task needs: the restart tracker, the lifecycle gate, the kill
 * request, the actions waiting for the next start, the running process and the timelines shared
 * with the allocation. The runner drops it when the task is dead, so a finished task keeps only
 * what its getters read (state, events, output): scenarios keep thousands of finished tasks.
 */
export class TaskLife implements Reactor {
  readonly tracker: RestartTracker;
  /** Whether the lifecycle gate is open (at once for an ungated task). */
  opened: boolean;
  /**
   * Ends the current wait (for the gate, or a restart delay) when a kill or the gate's opening
   * comes first; unset while the life waits for neither. It unsets itself when called.
   */
  wake: (() => void) | undefined = undefined;
  readonly onStateChange: ((task: TaskRunner) => void) | undefined;
  /** The timelines besides the task's own (alloc, job, scenario): the caller's array, not a copy. */
  readonly timelines: readonly Timeline[];
  /** Restarts waiting for the next `Started` (or the end); made at the first. */
  startWaiters: Deferred<void>[] | undefined = undefined;
  process: RunningProcess | undefined = undefined;
  killRequested = false;

  readonly runner: TaskRunner;
  readonly driver: MockDriver;
  readonly clock: VirtualClock;
  readonly #state: TaskState;
  readonly #letGo: (crash: { error: unknown } | undefined) => void;
  /** Settles the runner's `done`; made when someone first asks for it. */
  #dead: Deferred<void> | undefined = undefined;
  readonly #launcher: ProcessLauncher;
  #setUp = false;
  #ended = false;
  #delayTimer: TimerHandle | undefined = undefined;
  // Callbacks handed to the clock, made once per life rather than once per restart.
  #onDelayOver: (() => void) | undefined = undefined;
  #onDelayCut: (() => void) | undefined = undefined;
  #delayLabel: string | undefined = undefined;

  /**
   * `state` is the runner's mutable record, `letGo` makes the runner drop this life. The restart
   * tracker's first interval starts now.
   */
  constructor(
    runner: TaskRunner,
    state: TaskState,
    options: TaskRunnerOptions,
    letGo: (crash: { error: unknown } | undefined) => void,
  ) {
    const { spec, clock } = options;
    this.runner = runner;
    this.#state = state;
    this.driver = options.driver;
    this.clock = clock;
    this.#letGo = letGo;
    this.#launcher = new ProcessLauncher(this, state);
    this.tracker = new RestartTracker({
      policy: spec.restart,
      jobType: options.jobType,
      lifecycle: spec.lifecycle,
      now: clock.now,
      prng: options.prng,
    });
    this.onStateChange = options.onStateChange;
    this.timelines = options.timelines ?? [];
    this.opened = options.gated !== true;

    // Everything after Received happens as time advances, never inside the constructor.
    clock.setTimer(0, () => later(this, Step.begin), { label: `${spec.name}: begin` });
  }

  react(what: number, data: unknown): void {
    if (this.#ended) return;

    switch (what) {
      case Step.begin:
        if (this.opened || this.killRequested) this.#top();
        else this.wake = () => this.#wakeTo(Step.proceed);
        return;
      case Step.proceed:
      case Step.resume:
        this.#top();
        return;
      case Step.launch:
        this.#launcher.start(true);
        return;
      case Step.exited:
        this.#exit(data as RunningProcess);
        return;
      case Step.shutdownOver:
        shutdownOver(this, data as RunningProcess);
        return;
      case Step.started:
        this.#started(data as RunningProcess);
        return;
      case Step.startFailed:
        this.#startFailed(data);
        return;
    }
  }

  crash(error: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#state.moveTo('dead', this.clock.now);
    for (const waiter of this.#takeStartWaiters()) waiter.reject(error);
    this.#dead?.reject(error);
    this.#letGo({ error });
  }

  /** Resolves when the task is dead (the runner's `done` while the task may still run). */
  death(): Promise<void> {
    return (this.#dead ??= deferred()).promise;
  }

  /** A restart waiting for the next `Started` (or the end). */
  waitForStart(): Promise<void> {
    const started = deferred();
    (this.startWaiters ??= []).push(started);
    return started.promise;
  }

  /** Changes state, appends the event that goes with it, then tells the alloc runner. */
  move(state: TaskStateName, append: () => void): void {
    this.#state.moveTo(state, this.clock.now);
    append();
    this.onStateChange?.(this.runner);
  }

  // The top of Nomad's loop: end on a kill, else set up (once) and start.
  #top(): void {
    if (this.killRequested) {
      this.#finish(undefined);
      return;
    }

    if (!this.#setUp) this.runner.emit('Task Setup', { setupMessage: 'Building Task Directory' });
    this.#setUp = true;
    this.#launcher.start(false);
  }

  /** `Driver Failure`, with the error given to the tracker. */
  #startFailed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.runner.emit('Driver Failure', { driverError: message });
    // Only a recoverable DriverStartError may be retried; anything else is not, as in Nomad.
    const recoverable = error instanceof DriverStartError && error.recoverable;
    this.tracker.setStartError({ recoverable });
    this.#decide();
  }

  #started(process: RunningProcess): void {
    this.process = process;
    this.runner.network = process.network;
    this.move('running', () => this.runner.emit('Started', {}));
    for (const waiter of this.#takeStartWaiters()) waiter.resolve();
    if (this.killRequested) beginKill(this, process);
  }

  #exit(process: RunningProcess): void {
    const result = process.result;
    if (result === undefined || this.#launcher.recovered(process, result)) return;

    process.done = true;
    if (process.shutdownTimer !== undefined) this.clock.clearTimer(process.shutdownTimer);
    this.#exited(process, result);
    this.#decide();
  }

  #exited(process: RunningProcess, exit: ExitResult): void {
    this.process = undefined;
    this.#state.exitResult = exit;
    this.runner.emit('Terminated', terminatedFields(exit));
    this.tracker.setExitResult(exit);
    try {
      this.driver.destroyTask(process.id, true);
    } catch {
      // Already forgotten by the driver: nothing left to clean up.
    }
  }

  /**
   * Acts on the tracker's decision, in the same step as the exit: a sibling's kill rule, run at a
   * move to dead, must never see a task whose end is decided as still alive. A decision that
   * ends the task makes it dead at once; otherwise the next start comes after the delay (a 0s
   * delay takes no timer), unless a kill came first.
   */
  #decide(): void {
    const delay = this.#act(this.tracker.decide(this.clock.now));
    if (delay === undefined) return;

    if (this.killRequested || delay === 0) {
      this.#top();
      return;
    }

    this.#delayTimer = this.clock.setTimer(
      Math.max(0, delay),
      (this.#onDelayOver ??= () => this.#delayOver()),
      { label: (this.#delayLabel ??= `${this.runner.name}: restart delay`) },
    );
    // A kill ends the wait and clears the timer, so it leaves none behind.
    this.wake = this.#onDelayCut ??= () => this.#delayCut();
  }

  #delayOver(): void {
    this.wake = undefined;
    this.#delayTimer = undefined;
    later(this, Step.resume);
  }

  #delayCut(): void {
    if (this.#delayTimer !== undefined) this.clock.clearTimer(this.#delayTimer);
    this.#delayTimer = undefined;
    this.#wakeTo(Step.resume);
  }

  /** The delay before the next start, or undefined when the decision ends the task. */
  #act(decision: RestartDecision): number | undefined {
    const runner = this.runner;
    switch (decision.kind) {
      case 'Killed':
        runner.emit('Killed', {});
        this.#finish(undefined);
        return undefined;
      case 'Not Restarting':
        // Nomad sets the state to dead together with this event.
        this.#finish(() => runner.emit('Not Restarting', { restartReason: decision.reason }));
        return undefined;
      case 'Terminated':
        this.#finish(undefined);
        return undefined;
      case 'None':
        return 0;
      case 'Restarting':
        this.move('pending', () =>
          runner.emit('Restarting', { startDelay: decision.delay, restartReason: decision.reason }),
        );
        return decision.delay;
    }
  }

  #wakeTo(what: number): void {
    this.wake = undefined;
    later(this, what);
  }

  /**
   * The task is dead, with the event `append` adds (if any): settles its waiters and `done`,
   * then lets go of its running machinery.
   */
  #finish(append: (() => void) | undefined): void {
    this.#ended = true;
    this.move('dead', append ?? noEvent);
    for (const waiter of this.#takeStartWaiters()) waiter.resolve();
    this.#dead?.resolve();
    this.#letGo(undefined);
  }

  #takeStartWaiters(): readonly Deferred<void>[] {
    const waiters = this.startWaiters;
    if (waiters === undefined) return NO_WAITERS;
    this.startWaiters = undefined;
    return waiters;
  }
}

const NO_WAITERS: readonly Deferred<void>[] = [];

function noEvent(): void {
  // A move without an event of its own.
}
