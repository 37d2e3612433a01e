import type { VirtualClock } from '../clock/index.js';
import type { TaskSpec } from '../config/index.js';
import {
  parseSignal,
  type DriverNetwork,
  type ExecResult,
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
  type EventPlace,
} from '../events/index.js';
import { beginKill, effectiveKillTimeout, stopProcess } from './kill-flow.js';
import { TaskLife } from './task-life.js';
import type { TaskRunnerOptions } from './task-runner-options.js';
import { TaskNotRunningError } from './task-not-running-error.js';
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
  /** `done`, made at its first read: most tasks are never awaited, and a promise costs. */
  #done: Promise<void> | undefined = undefined;

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

    // The life arms its first step: Task Setup and Started come as time advances, never
    // inside the constructor.
    const life = new TaskLife(this, this.taskState, options, (crash) => this.#letGo(crash));
    this.#life = life;

    this.emit('Received', {});
  }

  /** Resolves when the task is dead (rejects only on an internal error). */
  get done(): Promise<void> {
    if (this.#done !== undefined) return this.#done;

    const life = this.#life;
    const crash = crashes.get(this);
    this.#done =
      life !== undefined ? life.death() : crash === undefined ? DEAD : rejected(crash.error);
    return this.#done;
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
    if (life.process !== undefined) beginKill(life, life.process);
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
    const started = life.waitForStart();
    stopProcess(this.#driver, process.id, this.killTimeout, this.spec.kill_signal);
    return started;
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
    // One place object reused for every event: createTaskEvent copies what it keeps.
    const where = PLACE;
    where.task = this.name;
    where.alloc = this.alloc;
    where.at = this.#clock.now;
    where.start = this.events.start;
    const event = createTaskEvent(type, fields, where);
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

  /**
   * Keeps what a dead task's getters read and nothing more (see {@link TaskLife}); an internal
   * error that ended the task is kept aside for a later read of `done`.
   */
  #letGo(crash: { error: unknown } | undefined): void {
    if (crash !== undefined) crashes.set(this, crash);
    this.#life = undefined;
    this.events.trim();
  }
}

const PLACE: EventPlace = { task: '', alloc: '', at: 0, start: new Date(0) };

/** What `done` answers for a task that died before anyone asked. */
const DEAD = Promise.resolve();

/** The internal errors that ended tasks (rare; kept off the task so no task pays for a field). */
const crashes = new WeakMap<TaskRunner, { error: unknown }>();

function rejected(error: unknown): Promise<void> {
  const promise = Promise.reject(error as Error);
  promise.catch(() => undefined);
  return promise;
}
