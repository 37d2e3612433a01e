import { Prng, VirtualClock } from '../clock/index.js';
import { type PluginConfig, parsePluginConfig, taskConfigJsonSchema } from '../config/index.js';
import { type DriverEntry, Timeline } from '../events/index.js';
import {
  checkHandle,
  checkStartRequest,
  checkStreamingOptions,
  durationArgument,
} from './driver-arguments.js';
import {
  CANNOT_DESTROY_RUNNING,
  DriverError,
  NO_EXEC_COMMAND,
  TASK_NOT_FOUND,
} from './driver-errors.js';
import { DriverLog } from './driver-log.js';
import { DriverTask } from './driver-task.js';
import type {
  Capabilities,
  ExecResult,
  ExecStreamingOptions,
  Fingerprint,
  OutputSink,
  PluginInfo,
  StartTaskRequest,
  StartTaskResult,
  TaskHandle,
  TaskOutput,
  TaskStats,
  TaskStatus,
} from './driver-types.js';
import { checkCommand, execText, runExecCommand, showInputCommand } from './exec.js';
import { type ExitResult, exitResult } from './exit-result.js';
import { fingerprints } from './fingerprint.js';
import { planKill } from './kill-plan.js';
import { launchTask } from './launch-task.js';
import { recoverInto } from './recover-task.js';
import { parseSignal, signalName } from './signals.js';

/** How a MockDriver is made; everything is optional. */
export interface MockDriverOptions {
  /** The virtual clock it runs on. @defaultValue a clock of its own */
  clock?: VirtualClock;
  /** The plugin (agent-level) config, as `setConfig` takes it. @defaultValue Nomad's defaults */
  plugin?: unknown;
  /** Where its entries go. @defaultValue a timeline of its own, starting at `start` */
  timeline?: Timeline<DriverEntry>;
  /** The wall-clock start of its own timeline. @defaultValue the Unix epoch */
  start?: Date;
}

/**
 * What the runner's synchronous entry points (`driver-internals.ts`) reach inside a driver: its
 * clock, its log, its tasks by id and the function that stores a launched task.
 */
export interface DriverCore {
  readonly clock: VirtualClock;
  readonly log: DriverLog;
  readonly tasks: Map<string, DriverTask>;
  readonly store: (task: DriverTask) => void;
}

let coreOf: (driver: MockDriver) => DriverCore;

/** The inside of `driver`, for `driver-internals.ts` only (not part of the package's API). */
export function driverCore(driver: MockDriver): DriverCore {
  return coreOf(driver);
}

// The seed of the memory figures when the timeline names none, so stats are stable by default.
const DEFAULT_SEED = 1;

/**
 * Nomad's `mock_driver` as a TypeScript test double on virtual time: the driver-plugin API of
 * DESIGN §4, whose tasks are scripted fake processes (NOMAD-REFERENCE §1).
 *
 * @example
 * const driver = new MockDriver();
 * await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '10s' } });
 * const exit = driver.waitTask('a1');
 * await driver.clock.advance(10_000_000_000);
 * (await exit).exitCode; // => 0
 */
export class MockDriver {
  /** The clock its tasks run on. */
  readonly clock: VirtualClock;
  /** What the driver saw and did, in order. */
  readonly timeline: Timeline<DriverEntry>;

  readonly #log: DriverLog;
  readonly #tasks = new Map<string, DriverTask>();
  readonly #prng: Prng;
  #plugin!: PluginConfig;
  #shutdownAt: number | undefined;
  readonly #core: DriverCore;

  static {
    coreOf = (driver) => driver.#core;
  }

  constructor(options: MockDriverOptions = {}) {
    this.clock = options.clock ?? new VirtualClock();
    this.timeline = options.timeline ?? new Timeline<DriverEntry>(startOf(options.start));
    this.#log = new DriverLog(this.timeline, this.clock);
    const tasks = this.#tasks;
    this.#core = {
      clock: this.clock,
      log: this.#log,
      tasks,
      store: (task) => void tasks.set(task.id, task),
    };
    const seed = this.timeline.seed;
    this.#prng = new Prng(seed !== undefined && Number.isSafeInteger(seed) ? seed : DEFAULT_SEED);
    this.setConfig(options.plugin);
  }

  /** The plugin's identity: `mock_driver`, a driver, version 0.1.0. */
  pluginInfo(): PluginInfo {
    return {
      name: 'mock_driver',
      type: 'driver',
      pluginVersion: '0.1.0',
      pluginApiVersions: ['v0.1.0'],
    };
  }

  /** What the driver supports; `fsIsolation` comes from the plugin config. */
  capabilities(): Capabilities {
    return {
      sendSignals: true,
      exec: true,
      fsIsolation: this.#plugin.fs_isolation,
      mountConfigs: 'none',
      netIsolationModes: [],
      mustInitiateNetwork: false,
      disableLogCollection: false,
      dynamicWorkloadUsers: false,
    };
  }

  /** Applies a plugin config (throws a ConfigError on a bad one); the shutdown deadline counts from now. */
  setConfig(plugin?: unknown): void {
    const config = parsePluginConfig(plugin);
    this.#plugin = config;
    this.#shutdownAt = config.shutdown_periodic_after
      ? this.clock.now + config.shutdown_periodic_duration
      : undefined;
  }

  /** Fingerprints at once, then every 500 ms (background timers) until `signal` aborts. */
  fingerprint(options: { signal?: AbortSignal } = {}): AsyncIterable<Fingerprint> {
    return fingerprints(this.clock, () => this.#shutdownAt, options.signal);
  }

  /** The JSON Schema of a task's `config` block. */
  taskConfigSchema(): ReturnType<typeof taskConfigJsonSchema> {
    return taskConfigJsonSchema();
  }

  /**
   * Starts a task as Nomad's mock does: bad config, `start_block_for`, `start_error`, network,
   * then the fake process. Rejects with a `DriverStartError` carrying Nomad's text.
   */
  async startTask(request: StartTaskRequest): Promise<StartTaskResult> {
    const { id, name, config, stdout, stderr } = checkStartRequest(request);
    return launchTask(
      this.clock,
      this.#log,
      { id, name, config, stdout, stderr },
      this.#core.store,
    );
  }

  /** Resolves with the task's exit result once it has exited. */
  async waitTask(id: string): Promise<ExitResult> {
    return this.#task(id).wait();
  }

  /**
   * Stops the task and resolves once it has exited: after `kill_after` if that fits in
   * `timeout` (reporting `exit_signal`, else `signal`), or by force at `timeout` (signal 9).
   */
  async stopTask(
    id: string,
    timeout: string | number = '5s',
    signal: string | number = 'SIGINT',
  ): Promise<void> {
    const limit = durationArgument(timeout, 'stopTask timeout');
    const number = parseSignal(signal, 'stopTask signal');
    const task = this.#task(id);

    this.#log.record('StopTask', task, { timeout: limit, killSignal: signalName(number) });
    await task.stop(planKill(task.config.kill_after, limit, number, task.config.exit_signal));
  }

  /** Signals the task: fails with `signal_error` when set; a signal never affects the process. */
  async signalTask(id: string, signal: string | number): Promise<void> {
    const name = signalName(parseSignal(signal, 'signalTask signal'));
    const task = this.#task(id);
    const error = task.config.signal_error;

    this.#log.record(
      'SignalTask',
      task,
      error === '' ? { signalName: name } : { signalName: name, error },
    );
    if (error !== '') throw new DriverError(error);
  }

  /** Runs a one-shot exec: stdout `Exec("web", ["ls" "-l"])`, exit code 0; the timeout is checked, then unused. */
  async execTask(
    id: string,
    command: readonly string[],
    timeout: string | number = 0,
  ): Promise<ExecResult> {
    const words = checkCommand(command, 'execTask command');
    durationArgument(timeout, 'execTask timeout');
    const task = this.#task(id);

    this.#log.record('ExecTask', task, { command: words, exitCode: 0 });
    return { stdout: execText(task.name, words), stderr: '', exitResult: exitResult(0, 0) };
  }

  /** Runs `exec_command` (or `showinput`) against the given streams; nothing cancels it. */
  async execTaskStreaming(id: string, options: ExecStreamingOptions): Promise<ExecResult> {
    const { command, stdin = '', tty = false, stdout, stderr } = checkStreamingOptions(options);
    const words = checkCommand(command, 'execTaskStreaming command');
    const task = this.#task(id);
    if (task.execCommand === undefined) throw new DriverError(NO_EXEC_COMMAND);

    this.#log.record('ExecTask', task, { command: words });
    const script =
      words.length === 1 && words[0] === 'showinput'
        ? showInputCommand(tty, stdin)
        : task.execCommand;
    return runExecCommand(this.clock, script, { stdout, stderr }, task.name);
  }

  /** The task's status, at once. */
  inspectTask(id: string): TaskStatus {
    return this.#task(id).status();
  }

  /** Forgets the task; a running one only with `force` (its process runs on, as in Nomad). */
  destroyTask(id: string, force = false): void {
    const task = this.#task(id);
    if (task.running && !force) throw new DriverError(CANNOT_DESTROY_RUNNING);

    this.#tasks.delete(id);
    this.#log.record('DestroyTask', task, { force });
  }

  /**
   * Takes a task back from its handle after a plugin exit: same start time, `run_for` less the
   * time already run, `plugin_exit_after` re-armed in full. A running task is left as it is.
   */
  async recoverTask(
    handle: TaskHandle,
    sinks: { stdout?: OutputSink; stderr?: OutputSink } = {},
  ): Promise<void> {
    const checked = checkHandle(handle);
    const existing = this.#tasks.get(checked.id);
    if (existing?.running === true) return;

    const store = (task: DriverTask): void => void this.#tasks.set(checked.id, task);
    recoverInto(this.clock, this.#log, { handle: checked, existing, sinks }, store);
  }

  /** One resource sample (ignores the id, as Nomad's mock does): a random RSS from the seeded PRNG. */
  async taskStats(_id?: string): Promise<TaskStats> {
    const rss = this.#prng.int(Number.MAX_SAFE_INTEGER);
    return { timestamp: this.clock.now, memory: { rss, measured: ['RSS'] } };
  }

  /** Everything the task stored under `id` wrote, and how many writes it took. */
  output(id: string): TaskOutput {
    return this.#task(id).output();
  }

  #task(id: string): DriverTask {
    const task = this.#tasks.get(id);
    if (task === undefined) throw new DriverError(TASK_NOT_FOUND);
    return task;
  }
}

function startOf(start: Date | undefined): { start?: Date } {
  return start === undefined ? {} : { start };
}
