import {
  parseSignal,
  signalName,
  type DriverNetwork,
  type ExecResult,
  type ExitResult,
} from '../driver/index.js';
import { KIND, type NomadTaskState, type TaskEvent, type Timeline } from '../events/index.js';
import type { TaskRunner } from '../runner/index.js';

/** What a task or allocation takes from its scenario. */
export interface ScenarioLink {
  /**
   * Starts an action unless the scenario was disposed (then it rejects), and watches its promise
   * for a forgotten advance (see `watchForHang`).
   */
  act<T>(step: string, start: () => Promise<T>): Promise<T>;
  /** The scenario's cap on events in Nomad JSON. */
  readonly maxEvents: number;
}

/**
 * A mock task as tests hold it: its Nomad state, its events and output, and the actions
 * `nomad alloc stop/restart/signal/exec` would take on it. Actions resolve when complete in
 * virtual time; their first event is appended at the call.
 */
export class MockTask {
  readonly [KIND] = 'task' as const;
  readonly #runner: TaskRunner;
  readonly #link: ScenarioLink;

  constructor(runner: TaskRunner, link: ScenarioLink) {
    this.#runner = runner;
    this.#link = link;
  }

  /** The task's name, unique in its allocation. */
  get name(): string {
    return this.#runner.name;
  }

  /** The allocation's name, `<job>.<group>[<index>]`. */
  get alloc(): string {
    return this.#runner.alloc;
  }

  /** The scenario's seed, named in failure messages. */
  get seed(): number | undefined {
    return this.#runner.seed;
  }

  /** This task's events, in order; never capped. */
  get events(): Timeline<TaskEvent> {
    return this.#runner.events;
  }

  /** Nomad's task state: `pending`, `running` or `dead`. */
  get state(): 'pending' | 'running' | 'dead' {
    return this.#runner.state;
  }

  /** Whether an event failed the task (Not Restarting). */
  get failed(): boolean {
    return this.#runner.failed;
  }

  /** How many Restarting events the task has had. */
  get restarts(): number {
    return this.#runner.restarts;
  }

  /** When the last Restarting event came, in ns since the scenario started. */
  get lastRestart(): number | undefined {
    return this.#runner.lastRestart;
  }

  /** When the task last started running, in ns since the scenario started. */
  get startedAt(): number | undefined {
    return this.#runner.startedAt;
  }

  /** When the task first became dead, in ns since the scenario started. */
  get finishedAt(): number | undefined {
    return this.#runner.finishedAt;
  }

  /** The result of the last exit of the fake process. */
  get exitResult(): ExitResult | undefined {
    return this.#runner.exitResult;
  }

  /** Everything written to stdout, across restarts. */
  get stdout(): string {
    return this.#runner.stdout;
  }

  /** Everything written to stderr, across restarts. */
  get stderr(): string {
    return this.#runner.stderr;
  }

  /** How many writes to stdout there were. */
  get stdoutWrites(): number {
    return this.#runner.stdoutWrites;
  }

  /** How many writes to stderr there were. */
  get stderrWrites(): number {
    return this.#runner.stderrWrites;
  }

  /** The driver network of the last start (`driver_ip`, `driver_advertise`, `driver_port_map`). */
  get network(): DriverNetwork | undefined {
    return this.#runner.network;
  }

  /** Kills the task (`Killing` now); resolves when it is dead. Stopping a dead task does nothing. */
  stop(): Promise<void> {
    return this.#link.act(`${this.name}.stop()`, () => this.#runner.stop());
  }

  /**
   * Sends a signal by name (`'SIGHUP'`, `'hup'`) or number (`1`), as the driver takes it
   * (`Signaling` now); resolves when the driver answered.
   */
  signal(signal: string | number): Promise<void> {
    return this.#link.act(`${this.name}.signal(${JSON.stringify(signal)})`, () =>
      this.#runner.signal(signalArgument(signal)),
    );
  }

  /** Restarts the task (`Restart Signaled` now); resolves when it has started again. */
  restart(): Promise<void> {
    return this.#link.act(`${this.name}.restart()`, () => this.#runner.restart());
  }

  /** Runs a command in the task (`nomad alloc exec`); resolves with its output. */
  exec(command: readonly string[], timeout: string | number = 0): Promise<ExecResult> {
    return this.#link.act(`${this.name}.exec(${JSON.stringify(command)})`, () =>
      this.#runner.exec(command, timeout),
    );
  }

  /** Nomad's TaskState JSON, with the last `maxEvents` events (the scenario's cap by default). */
  toNomad(options: { maxEvents?: number } = {}): NomadTaskState {
    return this.#runner.toNomad({ maxEvents: this.#link.maxEvents, ...options });
  }
}

// The runner takes signal names: a signal number becomes its name (`15` is `SIGTERM`). Anything
// else goes on as given, for the runner to refuse with its own message.
function signalArgument(signal: unknown): string {
  if (typeof signal !== 'number') return signal as string;
  try {
    return signalName(parseSignal(signal, 'signal'));
  } catch {
    return signal as unknown as string;
  }
}
