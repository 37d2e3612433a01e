import type { TimerHandle, VirtualClock } from '../clock/index.js';
import type { MockCommand } from '../config/index.js';
import { PLUGIN_SHUT_DOWN } from './driver-errors.js';
import { type ExitResult, exitResult } from './exit-result.js';
import { type LoopOwner, OutputLoop } from './output-loop.js';

/** How the fake process ended: by itself, by a kill, or by its plugin "crashing". */
export type ExitCause = 'natural' | 'killed' | 'plugin';

/** Where the fake process reports to. */
export interface ProcessListener {
  processWrote(stream: 'stdout' | 'stderr', text: string): void;
  processExited(result: ExitResult, cause: ExitCause): void;
}

/** Options beside the command: when the plugin "crashes" (0 = never) and a label for timers. */
export interface ProcessOptions {
  readonly pluginExitAfter: number;
  readonly label: string;
}

/**
 * The scripted process of NOMAD-REFERENCE §1.6 on virtual time: two output loops and a
 * `run_for` timer from the start, plus an optional plugin-exit timer.
 *
 * The process ends on the first of: `run_for` (then it still waits for both output loops, so
 * a natural exit comes at the latest of `run_for` and the last writes), a kill (the loops stop
 * and it exits at once), or the plugin-exit timer (it exits at once with `plugin is shut down`).
 * Timers due at one instant fire in the order they were set, and the plugin-exit timer is set
 * first: a `plugin_exit_after` equal to `run_for` (or to a last write) wins the tie.
 */
export class FakeProcess implements LoopOwner {
  #pluginTimer: TimerHandle | undefined;
  #runTimer: TimerHandle | undefined;
  #stdout: OutputLoop | undefined;
  #stderr: OutputLoop | undefined;
  #runEnded = false;
  #exited = false;

  constructor(
    private readonly clock: VirtualClock,
    private readonly command: MockCommand,
    private readonly listener: ProcessListener,
    private readonly options: ProcessOptions,
  ) {}

  /** Names the process's timers (`<label>: run_for`). */
  get label(): string {
    return this.options.label;
  }

  /** True once the process has ended, whichever way. */
  get exited(): boolean {
    return this.#exited;
  }

  /** Launches the process at the clock's current time; the first writes happen at once. */
  start(): void {
    const { command, options } = this;

    // Nomad treats any non-zero value as enabled, so a negative one fires at once.
    if (options.pluginExitAfter !== 0) {
      this.#pluginTimer = this.clock.setTimer(
        Math.max(0, options.pluginExitAfter),
        () => this.#end(exitResult(0, 0, PLUGIN_SHUT_DOWN), 'plugin'),
        { label: `${options.label}: plugin_exit_after` },
      );
    }

    const stdout = new OutputLoop(this.clock, command, this, 'stdout');
    const stderr = new OutputLoop(this.clock, command, this, 'stderr');
    this.#stdout = stdout;
    this.#stderr = stderr;
    // A sink may kill the task from inside a first write.
    stdout.start();
    if (this.#exited) return;
    stderr.start();
    if (this.#exited) return;

    this.#runTimer = this.clock.setTimer(
      Math.max(0, command.run_for),
      () => {
        this.#runTimer = undefined;
        this.#runEnded = true;
        this.#maybeExitNaturally();
      },
      { label: `${options.label}: run_for` },
    );
  }

  /** Kills the process now: the loops stop and it exits with the configured code and message. */
  kill(signal: number): void {
    this.#end(exitResult(this.command.exit_code, signal, this.command.exit_err_msg), 'killed');
  }

  /** An output loop wrote (for {@link OutputLoop}). */
  loopWrote(stream: 'stdout' | 'stderr', text: string): void {
    this.listener.processWrote(stream, text);
  }

  /** An output loop is done (for {@link OutputLoop}). */
  loopFinished(): void {
    this.#maybeExitNaturally();
  }

  // Once run_for is over, the plugin timer no longer matters: the process only waits for output.
  #maybeExitNaturally(): void {
    if (!this.#runEnded || this.#exited) return;
    this.#clearPluginTimer();
    if (this.#stdout?.finished !== true || this.#stderr?.finished !== true) return;

    const { exit_code, exit_signal, exit_err_msg } = this.command;
    this.#end(exitResult(exit_code, exit_signal, exit_err_msg), 'natural');
  }

  #end(result: ExitResult, cause: ExitCause): void {
    if (this.#exited) return;
    this.#exited = true;

    this.#stdout?.stop();
    this.#stderr?.stop();
    this.#clearPluginTimer();
    if (this.#runTimer !== undefined) this.clock.clearTimer(this.#runTimer);
    this.#runTimer = undefined;

    this.listener.processExited(result, cause);
  }

  #clearPluginTimer(): void {
    if (this.#pluginTimer !== undefined) this.clock.clearTimer(this.#pluginTimer);
    this.#pluginTimer = undefined;
  }
}
