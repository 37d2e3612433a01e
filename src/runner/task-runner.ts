import type { TaskSpec } from '../config/index.js';
import {
  parseSignal,
  type DriverNetwork,
  type ExecResult,
  type ExitResult,
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
import { cancellableDelay } from './cancellable-delay.js';
import { deferred, type Deferred } from './deferred.js';
import { toDriverConfig } from './driver-config.js';
import { MAX_KILL_TIMEOUT, effectiveKillTimeout, runKillFlow, stopProcess } from './kill-flow.js';
import { RestartTracker, type RestartDecision } from './restart-tracker.js';
import { startProcess, type Process } from './start-process.js';
import type { TaskRunnerOptions } from './task-runner-options.js';
import { TaskNotRunningError } from './task-not-running-error.js';
import type { TaskStateName } from './task-state.js';
import { TaskStateView } from './task-state-view.js';

export type { TaskRunnerOptions } from './task-runner-options.js';

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

  readonly #options: TaskRunnerOptions;
  readonly #tracker: RestartTracker;
  readonly #timelines: readonly Timeline[];
  readonly #killTimeout: number;
  readonly #driverConfig: Record<string, unknown>;
  readonly #gate = deferred();
  readonly #kill = deferred();
  readonly #dead = deferred();
  #startWaiters: Deferred<void>[] = [];
  #process: Process | undefined = undefined;
  #killRequested = false;
  #starts = 0;

  constructor(options: TaskRunnerOptions) {
    super();
    const { spec, clock } = options;
    this.#options = options;
    this.name = spec.name;
    this.alloc = options.alloc;
    this.seed = options.seed;
    this.spec = spec;
    this.events = new Timeline(
      options.seed === undefined
        ? { start: options.start }
        : { seed: options.seed, start: options.start },
    );
    this.#timelines = [this.events, ...(options.timelines ?? [])];
    this.#killTimeout = effectiveKillTimeout(
      spec.kill_timeout,
      options.maxKillTimeout ?? MAX_KILL_TIMEOUT,
    );
    this.#driverConfig = toDriverConfig(spec.config);
    this.#tracker = new RestartTracker({
      policy: spec.restart,
      jobType: options.jobType,
      lifecycle: spec.lifecycle,
      now: clock.now,
      prng: options.prng,
    });
    this.done = this.#dead.promise;
    if (options.gated !== true) this.#gate.resolve();

    this.emit('Received', {});

    // Everything after Received happens as time advances, never inside the constructor.
    const begin = deferred();
    clock.setTimer(0, () => begin.resolve(), { label: `${spec.name}: begin` });
    begin.promise.then(() => this.#loop()).catch((error: unknown) => this.#crash(error));
  }

  /** The kill timeout Nomad uses for this task: its own, capped by max_kill_timeout. */
  get killTimeout(): number {
    return this.#killTimeout;
  }

  /** The driver's id of the running process, if there is one. */
  get driverId(): string | undefined {
    return this.#process?.id;
  }

  /** Opens the task's lifecycle gate: it may start (called by the alloc runner). */
  open(): void {
    this.#gate.resolve();
  }

  /**
   * Kills the task: `Killing` at once (none if it is already dead), then Nomad's kill flow.
   * Resolves when the task is dead; stopping a stopping or dead task changes nothing.
   */
  stop(): Promise<void> {
    if (this.taskState.state === 'dead' || this.#killRequested) return this.#dead.promise;

    this.#killRequested = true;
    this.emit('Killing', { killTimeout: this.#killTimeout });
    this.#kill.resolve();
    if (this.#process !== undefined) this.#beginKill(this.#process);
    return this.#dead.promise;
  }

  /**
   * Restarts a running task as `nomad alloc restart` does: `Restart Signaled`, a stop without
   * Killing/Killed, `Terminated`, `Restarting` in 0s, `Started`; no restart attempt is used.
   * Resolves when it has started again (or is dead); rejects with `Task not running` otherwise.
   */
  restart(): Promise<void> {
    const process = this.#process;
    if (this.taskState.state !== 'running' || process === undefined) {
      return Promise.reject(new TaskNotRunningError());
    }

    this.emit('Restart Signaled', { restartReason: 'User requested task to restart' });
    this.#tracker.setRestartTriggered(false);
    const started = deferred();
    this.#startWaiters.push(started);
    void stopProcess(this.#options.driver, process.id, this.#killTimeout, this.spec.kill_signal);
    return started.promise;
  }

  /**
   * Sends a signal as `nomad alloc signal` does: `Signaling` at once, then the driver's answer
   * (a `signal_error` rejects with its text). Rejects with `Task not running` without a process.
   */
  async signal(signal: string): Promise<void> {
    const process = this.#process;
    if (process === undefined) throw new TaskNotRunningError();

    // A name that is no signal is the caller's mistake: refuse it before any event.
    parseSignal(signal, 'signal');
    this.emit('Signaling', { signalName: signal });
    await this.#options.driver.signalTask(process.id, signal);
  }

  /** Runs a one-shot exec in the running task (`nomad alloc exec`). */
  async exec(command: readonly string[], timeout: string | number = 0): Promise<ExecResult> {
    const process = this.#process;
    if (process === undefined) throw new TaskNotRunningError();
    return this.#options.driver.execTask(process.id, command, timeout);
  }

  /** Appends an event of this task to every timeline it belongs to and applies Nomad's rules. */
  emit(type: TaskEventType, fields: TaskEventFields): TaskEvent {
    const { clock, start } = this.#options;
    const event = createTaskEvent(type, fields, {
      task: this.name,
      alloc: this.alloc,
      at: clock.now,
      start,
    });
    for (const timeline of this.#timelines) timeline.append(event);
    this.taskState.record(event);
    return event;
  }

  /** Nomad's TaskState JSON, with the most recent `maxEvents` events (10 by default). */
  toNomad(options: { maxEvents?: number } = {}): NomadTaskState {
    const summary = this.taskState.summary();
    return toNomadTaskState(summary, this.events, { start: this.#options.start, ...options });
  }

  async #loop(): Promise<void> {
    await Promise.race([this.#gate.promise, this.#kill.promise]);

    let firstRun = true;
    while (!this.#killRequested) {
      if (firstRun) this.emit('Task Setup', { setupMessage: 'Building Task Directory' });
      firstRun = false;

      const process = await this.#start();
      if (process !== undefined) this.#exited(process, await process.exited);

      const decision = this.#tracker.decide(this.#options.clock.now);
      if (!(await this.#act(decision))) break;
    }
    this.#finish();
  }

  /** Starts the process: `Started`, or `Driver Failure` with the error given to the tracker. */
  async #start(): Promise<Process | undefined> {
    const { driver, clock } = this.#options;
    this.#starts += 1;
    const id = `${this.alloc}/${this.name}/${this.#starts}`;
    const sinks = this.#sinks();
    const outcome = await startProcess(driver, clock, {
      id,
      name: this.name,
      config: this.#driverConfig,
      sinks,
    });

    if (!outcome.ok) {
      this.emit('Driver Failure', { driverError: outcome.message });
      this.#tracker.setStartError({ recoverable: outcome.recoverable });
      return undefined;
    }

    const { process } = outcome;
    this.#process = process;
    this.network = outcome.network;
    this.#move('running', () => this.emit('Started', {}));
    for (const waiter of this.#takeStartWaiters()) waiter.resolve();
    if (this.#killRequested) this.#beginKill(process);
    return process;
  }

  #exited(process: Process, exit: ExitResult): void {
    this.#process = undefined;
    this.taskState.exitResult = exit;
    this.emit('Terminated', {
      exitCode: exit.exitCode,
      signal: exit.signal,
      oomKilled: exit.oomKilled,
      ...(exit.err !== undefined && { exitMessage: exit.err }),
    });
    this.#tracker.setExitResult(exit);

    try {
      this.#options.driver.destroyTask(process.id, true);
    } catch {
      // Already forgotten by the driver: nothing left to clean up.
    }
  }

  /** Acts on the tracker's decision; answers whether the loop goes on to another start. */
  async #act(decision: RestartDecision): Promise<boolean> {
    switch (decision.kind) {
      case 'Killed':
        this.emit('Killed', {});
        return false;
      case 'Not Restarting':
        this.emit('Not Restarting', { restartReason: decision.reason });
        return false;
      case 'Terminated':
        return false;
      case 'None':
        return true;
      case 'Restarting':
        this.#move('pending', () =>
          this.emit('Restarting', { startDelay: decision.delay, restartReason: decision.reason }),
        );
        return this.#restartDelay(decision.delay);
    }
  }

  /** Waits out a restart delay; a kill ends the wait and the loop. A 0s delay takes no time. */
  async #restartDelay(delay: number): Promise<boolean> {
    if (this.#killRequested) return false;
    if (delay === 0) return true;

    const wait = cancellableDelay(this.#options.clock, delay, `${this.name}: restart delay`);
    await Promise.race([wait.promise, this.#kill.promise]);
    wait.cancel();
    return !this.#killRequested;
  }

  #beginKill(process: Process): void {
    void runKillFlow({
      clock: this.#options.clock,
      driver: this.#options.driver,
      id: process.id,
      killTimeout: this.#killTimeout,
      killSignal: this.spec.kill_signal,
      shutdownDelay: this.spec.shutdown_delay,
      exited: process.exited,
      onShutdownDelay: () =>
        this.#move('pending', () =>
          this.emit('Waiting for shutdown delay', { shutdownDelay: this.spec.shutdown_delay }),
        ),
      onKilled: () => this.#tracker.setKilled(),
    });
  }

  #finish(): void {
    this.#move('dead', () => undefined);
    for (const waiter of this.#takeStartWaiters()) waiter.resolve();
    this.#dead.resolve();
  }

  #crash(error: unknown): void {
    this.taskState.moveTo('dead', this.#options.clock.now);
    for (const waiter of this.#takeStartWaiters()) waiter.reject(error);
    this.#dead.reject(error);
  }

  /** Changes state, appends the event that goes with it, then tells the alloc runner. */
  #move(state: TaskStateName, append: () => void): void {
    this.taskState.moveTo(state, this.#options.clock.now);
    append();
    this.#options.onStateChange?.(this);
  }

  #takeStartWaiters(): Deferred<void>[] {
    const waiters = this.#startWaiters;
    this.#startWaiters = [];
    return waiters;
  }

  #sinks(): { stdout: (text: string) => void; stderr: (text: string) => void } {
    return {
      stdout: (text) => this.taskState.writeStdout(text),
      stderr: (text) => this.taskState.writeStderr(text),
    };
  }
}
