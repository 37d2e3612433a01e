import type { TimerHandle, VirtualClock } from '../clock/index.js';
import type { TaskSpec } from '../config/index.js';
import {
  parseSignal,
  type DriverNetwork,
  type ExecResult,
  type ExitResult,
  type MockDriver,
} from '../driver/index.js';
import {
  KIND,
  Timeline,
  createTaskEvent,
  toNomadTaskState,
  type NomadTaskState,
  type TaskEvent,
  type TaskEventFields,
  type TaskEventType,
} from '../events/index.js';
import { deferred } from './deferred.js';
import { effectiveKillTimeout, runKillFlow, stopProcess } from './kill-flow.js';
import type { RestartDecision } from './restart-tracker.js';
import { startProcess, type Process } from './start-process.js';
import { TaskLife } from './task-life.js';
import type { TaskRunnerOptions } from './task-runner-options.js';
import { TaskNotRunningError } from './task-not-running-error.js';
import type { TaskStateName } from './task-state.js';
import { TaskStateView } from './task-state-view.js';

export type { TaskRunnerOptions } from './task-runner-options.js';

/** Awaited to take one microtask, as a step of a settled promise's reaction chain does. */
const SETTLED = Promise.resolve();

/**
 * One task's Nomad client loop around the mock driver (NOMAD-REFERENCE §3.2): `Received` at
 * once; after the next instant (and its gate), `Task Setup`, `Started`, `Terminated` and the
 * restart tracker's decision, until the task is dead. Actions (`stop`, `restart`, `signal`)
 * append their first event at the call and resolve when done in virtual time.
 *
 * @example
 * const web = new TaskRunner({ spec, alloc: 'demo.web[0]', jobType: 'service', driver, clock, prng, start })
 * await clock.advance(31e9)
 * web.events.ofType('Terminated').at(0)?.message // => 'Exit Code: 0'
 */
export class TaskRunner extends TaskStateView {
  /** The brand the matchers recognise. */
  readonly [KIND] = 'task' as const;
  readonly name: string;
  readonly alloc: string;
  readonly seed: number | undefined;
  readonly spec: TaskSpec;
  /** This task's events only. */
  readonly events: Timeline;
  /** The network the driver reported at the last start. */
  network: DriverNetwork | undefined = undefined;
  /** Resolves when the task is dead (rejects only on an internal error). */
  readonly done: Promise<void>;

  readonly #driver: MockDriver;
  readonly #clock: VirtualClock;
  /**
   * The client's max_kill_timeout, unset for the default. The kill timeout is computed when
   * read rather than stored: durations past about a second are boxed numbers in V8, 16 bytes
   * more for every task a scenario keeps.
   */
  readonly #maxKillTimeout: number | undefined;
  /** What only a task that may still run needs; dropped when the task is dead. */
  #life: TaskLife | undefined;

  constructor(options: TaskRunnerOptions) {
    super();
    const { spec, clock } = options;
    this.#driver = options.driver;
    this.#clock = clock;
    this.name = spec.name;
    this.alloc = options.alloc;
    this.seed = options.seed;
    this.spec = spec;
    this.events = new Timeline(
      options.seed === undefined
        ? { start: options.start }
        : { seed: options.seed, start: options.start },
    );
    this.#maxKillTimeout = options.maxKillTimeout;
    const life = new TaskLife(spec, options, clock.now);
    this.#life = life;
    this.done = life.dead.promise;

    this.emit('Received', {});

    // Everything after Received happens as time advances, never inside the constructor.
    // The loop starts one microtask after the timer fires, as a resolved promise's reaction
    // would, without a promise and its closures per task.
    clock.setTimer(
      0,
      () => {
        // A promise job, not queueMicrotask: Jest's fake timers fake queueMicrotask, and the
        // loop must start whatever the user's test has faked.
        void SETTLED.then(() => this.#loop(life)).catch((error: unknown) =>
          this.#crash(life, error),
        );
      },
      { label: `${spec.name}: begin` },
    );
  }

  /** The kill timeout Nomad uses for this task: its own, capped by max_kill_timeout. */
  get killTimeout(): number {
    return effectiveKillTimeout(this.spec.kill_timeout, this.#maxKillTimeout);
  }

  /** The driver's id of the running process, if there is one. */
  get driverId(): string | undefined {
    return this.#life?.process?.id;
  }

  /** Opens the task's lifecycle gate: it may start (called by the alloc runner). */
  open(): void {
    const life = this.#life;
    if (life === undefined || life.opened) return;

    life.opened = true;
    life.wake?.();
  }

  /**
   * Kills the task: `Killing` at once (none if it is already dead), then Nomad's kill flow.
   * Resolves when the task is dead; stopping a stopping or dead task changes nothing.
   */
  stop(): Promise<void> {
    const life = this.#life;
    if (life === undefined || this.taskState.state === 'dead' || life.killRequested) {
      return this.done;
    }

    life.killRequested = true;
    this.emit('Killing', { killTimeout: this.killTimeout });
    life.wake?.();
    if (life.process !== undefined) this.#beginKill(life, life.process);
    return this.done;
  }

  /**
   * Restarts a running task as `nomad alloc restart` does: `Restart Signaled`, a stop without
   * Killing/Killed, `Terminated`, `Restarting` in 0s, `Started`; no restart attempt is used.
   * Resolves when it has started again (or is dead); rejects with `Task not running` otherwise.
   */
  restart(): Promise<void> {
    const life = this.#life;
    const process = life?.process;
    if (this.taskState.state !== 'running' || life === undefined || process === undefined) {
      return Promise.reject(new TaskNotRunningError());
    }

    this.emit('Restart Signaled', { restartReason: 'User requested task to restart' });
    life.tracker.setRestartTriggered(false);
    const started = deferred();
    life.startWaiters.push(started);
    void stopProcess(this.#driver, process.id, this.killTimeout, this.spec.kill_signal);
    return started.promise;
  }

  /**
   * Sends a signal as `nomad alloc signal` does: `Signaling` at once, then the driver's answer
   * (a `signal_error` rejects with its text). Rejects with a `TaskdoubleError` for a name that is
   * no signal, then with `Task not running` without a process.
   */
  async signal(signal: string): Promise<void> {
    // A name that is no signal is the caller's mistake whatever the task's state: refuse it
    // first, so a typo on a pending task is not reported as `Task not running`.
    parseSignal(signal, 'signal');

    const process = this.#life?.process;
    if (process === undefined) throw new TaskNotRunningError();

    this.emit('Signaling', { signalName: signal });
    await this.#driver.signalTask(process.id, signal);
  }

  /** Runs a one-shot exec in the running task (`nomad alloc exec`). */
  async exec(command: readonly string[], timeout: string | number = 0): Promise<ExecResult> {
    const process = this.#life?.process;
    if (process === undefined) throw new TaskNotRunningError();
    return this.#driver.execTask(process.id, command, timeout);
  }

  /**
   * Appends an event of this task to every timeline it belongs to and applies Nomad's rules.
   * Nothing emits on a dead task; if something did, the event would go to `events` only, the
   * task having let go of the timelines it shared with its allocation.
   */
  emit(type: TaskEventType, fields: TaskEventFields): TaskEvent {
    const event = createTaskEvent(type, fields, {
      task: this.name,
      alloc: this.alloc,
      at: this.#clock.now,
      start: this.events.start,
    });
    this.events.append(event);
    for (const timeline of this.#life?.timelines ?? []) timeline.append(event);
    this.taskState.record(event);
    return event;
  }

  /** Nomad's TaskState JSON, with the most recent `maxEvents` events (10 by default). */
  toNomad(options: { maxEvents?: number } = {}): NomadTaskState {
    const summary = this.taskState.summary();
    return toNomadTaskState(summary, this.events, { start: this.events.start, ...options });
  }

  async #loop(life: TaskLife): Promise<void> {
    if (life.opened || life.killRequested) {
      // What a race of an already settled gate or kill took: two microtasks, so tasks starting
      // at one instant keep their order relative to everything else due then.
      await SETTLED;
      await SETTLED;
    } else {
      await new Promise<void>((resolve) => {
        life.wake = resolve;
      });
      life.wake = undefined;
      await SETTLED;
    }

    let firstRun = true;
    while (!life.killRequested) {
      if (firstRun) this.emit('Task Setup', { setupMessage: 'Building Task Directory' });
      firstRun = false;

      const process = await this.#start(life);
      if (process !== undefined) this.#exited(life, process, await process.exited);

      // The exit, the decision and a move to dead happen in one step: a sibling's kill rule,
      // run at that move, must never see a task whose end is decided as still alive.
      const delay = this.#act(life, life.tracker.decide(this.#clock.now));
      if (delay === undefined) return;
      if (!(await this.#restartDelay(life, delay))) break;
    }
    this.#finish(life, () => undefined);
  }

  /** Starts the process: `Started`, or `Driver Failure` with the error given to the tracker. */
  async #start(life: TaskLife): Promise<Process | undefined> {
    life.starts += 1;
    // join builds one flat string; a template literal would build a chain of string pieces,
    // kept by every driver entry of the process (about 90 bytes more per task).
    const id = [this.alloc, this.name, life.starts].join('/');
    // One pair of sinks per life, not per start: a crash loop starts again and again.
    const sinks = (life.sinks ??= this.#sinks());
    const outcome = await startProcess(this.#driver, this.#clock, {
      id,
      name: this.name,
      config: life.driverConfig,
      sinks,
    });

    if (!outcome.ok) {
      this.emit('Driver Failure', { driverError: outcome.message });
      life.tracker.setStartError({ recoverable: outcome.recoverable });
      return undefined;
    }

    const { process } = outcome;
    life.process = process;
    this.network = outcome.network;
    this.#move(life, 'running', () => this.emit('Started', {}));
    for (const waiter of life.takeStartWaiters()) waiter.resolve();
    if (life.killRequested) this.#beginKill(life, process);
    return process;
  }

  #exited(life: TaskLife, process: Process, exit: ExitResult): void {
    life.process = undefined;
    this.taskState.exitResult = exit;
    // Two literals rather than a conditional spread, which is slow on V8.
    this.emit(
      'Terminated',
      exit.err === undefined
        ? { exitCode: exit.exitCode, signal: exit.signal, oomKilled: exit.oomKilled }
        : {
            exitCode: exit.exitCode,
            signal: exit.signal,
            oomKilled: exit.oomKilled,
            exitMessage: exit.err,
          },
    );
    life.tracker.setExitResult(exit);

    try {
      this.#driver.destroyTask(process.id, true);
    } catch {
      // Already forgotten by the driver: nothing left to clean up.
    }
  }

  /**
   * Acts on the tracker's decision: a decision that ends the task makes it dead at once (and
   * answers undefined); otherwise the answer is the delay before the next start.
   */
  #act(life: TaskLife, decision: RestartDecision): number | undefined {
    switch (decision.kind) {
      case 'Killed':
        this.emit('Killed', {});
        this.#finish(life, () => undefined);
        return undefined;
      case 'Not Restarting':
        // Nomad sets the state to dead together with this event.
        this.#finish(life, () => this.emit('Not Restarting', { restartReason: decision.reason }));
        return undefined;
      case 'Terminated':
        this.#finish(life, () => undefined);
        return undefined;
      case 'None':
        return 0;
      case 'Restarting':
        this.#move(life, 'pending', () =>
          this.emit('Restarting', { startDelay: decision.delay, restartReason: decision.reason }),
        );
        return decision.delay;
    }
  }

  /** Waits out a restart delay; a kill ends the wait and the loop. A 0s delay takes no time. */
  async #restartDelay(life: TaskLife, delay: number): Promise<boolean> {
    if (life.killRequested) return false;
    if (delay === 0) return true;

    // The timer or a kill resumes the loop; the extra microtask keeps the timing the race of the
    // two had, and the timer is cleared at the same point, so a kill leaves none behind.
    let timer: TimerHandle | undefined;
    await new Promise<void>((resolve) => {
      life.wake = resolve;
      timer = this.#clock.setTimer(Math.max(0, delay), resolve, {
        label: `${this.name}: restart delay`,
      });
    });
    life.wake = undefined;
    await SETTLED;
    if (timer !== undefined) this.#clock.clearTimer(timer);
    return !life.killRequested;
  }

  #beginKill(life: TaskLife, process: Process): void {
    void runKillFlow({
      clock: this.#clock,
      driver: this.#driver,
      id: process.id,
      killTimeout: this.killTimeout,
      killSignal: this.spec.kill_signal,
      shutdownDelay: this.spec.shutdown_delay,
      exited: process.exited,
      onShutdownDelay: () =>
        this.#move(life, 'pending', () =>
          this.emit('Waiting for shutdown delay', { shutdownDelay: this.spec.shutdown_delay }),
        ),
      onKilled: () => life.tracker.setKilled(),
    });
  }

  /**
   * The task is dead, with the event `append` adds (if any): settles its waiters and `done`,
   * then lets go of its running machinery.
   */
  #finish(life: TaskLife, append: () => void): void {
    this.#move(life, 'dead', append);
    for (const waiter of life.takeStartWaiters()) waiter.resolve();
    life.dead.resolve();
    this.#letGo();
  }

  #crash(life: TaskLife, error: unknown): void {
    this.taskState.moveTo('dead', this.#clock.now);
    for (const waiter of life.takeStartWaiters()) waiter.reject(error);
    life.dead.reject(error);
    this.#letGo();
  }

  /** Keeps what a dead task's getters read and nothing more (see {@link TaskLife}). */
  #letGo(): void {
    this.#life = undefined;
    this.events.trim();
  }

  /** Changes state, appends the event that goes with it, then tells the alloc runner. */
  #move(life: TaskLife, state: TaskStateName, append: () => void): void {
    this.taskState.moveTo(state, this.#clock.now);
    append();
    life.onStateChange?.(this);
  }

  #sinks(): { stdout: (text: string) => void; stderr: (text: string) => void } {
    return {
      stdout: (text) => this.taskState.writeStdout(text),
      stderr: (text) => this.taskState.writeStderr(text),
    };
  }
}
