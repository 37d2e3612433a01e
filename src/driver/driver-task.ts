import type { TimerHandle, VirtualClock } from '../clock/index.js';
import type { MockCommand, MockTaskConfig } from '../config/index.js';
import type { DriverLog } from './driver-log.js';
import type { OutputSink, TaskOutput, TaskStatus } from './driver-types.js';
import type { ExitResult } from './exit-result.js';
import { type ExitCause, FakeProcess, type ProcessListener } from './fake-process.js';
import type { KillPlan } from './kill-plan.js';

/** What a stored task starts from. */
export interface DriverTaskInit {
  readonly id: string;
  readonly name: string;
  readonly config: MockTaskConfig;
  readonly startedAt: number;
  readonly stdout: OutputSink | undefined;
  readonly stderr: OutputSink | undefined;
}

/**
 * One task the driver holds: its fake process, what it wrote, how it ended and who waits for
 * it. Output accumulates across a recovery, because a recovered task is the same task.
 */
export class DriverTask implements ProcessListener {
  readonly id: string;
  readonly name: string;
  readonly config: MockTaskConfig;
  readonly startedAt: number;

  /** The command `execTaskStreaming` runs; a recovery shortens its `run_for` too. */
  execCommand: MockCommand | undefined;

  #state: 'running' | 'exited' = 'running';
  #completedAt: number | undefined;
  #exitResult: ExitResult | undefined;
  #process: FakeProcess | undefined;
  /** Pending graceful kills; made at the first (most tasks are never stopped). */
  #killTimers: Set<TimerHandle> | undefined;
  /** Who waits for the exit; made at the first wait. */
  #waiters: ((result: ExitResult) => void)[] | undefined;

  #stdout = '';
  #stderr = '';
  #stdoutWrites = 0;
  #stderrWrites = 0;
  readonly #stdoutSink: OutputSink | undefined;
  readonly #stderrSink: OutputSink | undefined;

  constructor(
    private readonly clock: VirtualClock,
    private readonly log: DriverLog,
    init: DriverTaskInit,
  ) {
    this.id = init.id;
    this.name = init.name;
    this.config = init.config;
    this.startedAt = init.startedAt;
    this.execCommand = init.config.exec_command;
    this.#stdoutSink = init.stdout;
    this.#stderrSink = init.stderr;
  }

  /** True while the fake process runs. */
  get running(): boolean {
    return this.#state === 'running';
  }

  /** Runs `command` as this task's process from now on. */
  launch(command: MockCommand): void {
    this.#state = 'running';
    this.#completedAt = undefined;
    this.#exitResult = undefined;

    const process = new FakeProcess(this.clock, command, this, {
      pluginExitAfter: this.config.plugin_exit_after,
      label: this.name,
    });
    this.#process = process;
    process.start();
  }

  /** Ends the task now with `result`, without running anything (a recovery with no time left). */
  exitNow(result: ExitResult): void {
    this.#state = 'running';
    this.#exit(result, 'natural');
  }

  /** Resolves with the exit result once the task has exited (at once if it has). */
  wait(): Promise<ExitResult> {
    if (this.#exitResult !== undefined && this.#state === 'exited') {
      return Promise.resolve(this.#exitResult);
    }
    return new Promise((resolve) => (this.#waiters ??= []).push(resolve));
  }

  /**
   * Calls `listener` synchronously when the task exits (at once if it has): the task runner's
   * way to see an exit without a promise per process.
   */
  onExit(listener: (result: ExitResult) => void): void {
    if (this.#exitResult !== undefined && this.#state === 'exited') listener(this.#exitResult);
    else (this.#waiters ??= []).push(listener);
  }

  /**
   * Kills the task as `plan` says and resolves once it has exited, which may be earlier: the
   * task runs on meanwhile, and a natural exit that comes first is its end.
   */
  stop(plan: KillPlan): Promise<void> {
    if (!this.running || this.#process === undefined) return Promise.resolve();

    const exited = this.wait().then(() => undefined);
    this.kill(plan);
    return exited;
  }

  /** Kills the task as `plan` says: at once (the exit happens inside this call) or by a timer. */
  kill(plan: KillPlan): void {
    const process = this.#process;
    if (!this.running || process === undefined) return;

    if (plan.delay === 0) {
      process.kill(plan.signal);
      return;
    }

    const timer = this.clock.setTimer(
      plan.delay,
      () => {
        this.#killTimers?.delete(timer);
        process.kill(plan.signal);
      },
      { label: `${this.name}: kill` },
    );
    (this.#killTimers ??= new Set()).add(timer);
  }

  /** The process wrote (for {@link FakeProcess}). */
  processWrote(stream: 'stdout' | 'stderr', text: string): void {
    this.#write(stream, text);
  }

  /** The process ended (for {@link FakeProcess}). */
  processExited(result: ExitResult, cause: ExitCause): void {
    this.#exit(result, cause);
  }

  /** What `inspectTask` answers. */
  status(): TaskStatus {
    return {
      id: this.id,
      name: this.name,
      state: this.#state,
      startedAt: this.startedAt,
      completedAt: this.#completedAt,
      exitResult: this.#exitResult,
    };
  }

  /** Everything written so far. */
  output(): TaskOutput {
    return {
      stdout: this.#stdout,
      stderr: this.#stderr,
      stdoutWrites: this.#stdoutWrites,
      stderrWrites: this.#stderrWrites,
    };
  }

  #write(stream: 'stdout' | 'stderr', text: string): void {
    if (stream === 'stdout') {
      this.#stdout += text;
      this.#stdoutWrites += 1;
      this.log.record('Stdout', this, { text });
    } else {
      this.#stderr += text;
      this.#stderrWrites += 1;
      this.log.record('Stderr', this, { text });
    }
    (stream === 'stdout' ? this.#stdoutSink : this.#stderrSink)?.(text);
  }

  #exit(result: ExitResult, cause: ExitCause): void {
    this.#state = 'exited';
    this.#completedAt = this.clock.now;
    this.#exitResult = result;
    const killTimers = this.#killTimers;
    if (killTimers !== undefined) {
      for (const timer of killTimers) this.clock.clearTimer(timer);
      killTimers.clear();
    }

    if (cause === 'plugin') {
      this.log.record('PluginExited', this, {});
    } else {
      const { exitCode, signal, err } = result;
      this.log.record(
        'Exited',
        this,
        err === undefined ? { exitCode, signal } : { exitCode, signal, err },
      );
    }

    const waiters = this.#waiters;
    this.#waiters = undefined;
    if (waiters !== undefined) for (const resolve of waiters) resolve(result);
  }
}
