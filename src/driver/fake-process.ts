import type { TimerHandle, VirtualClock } from '../clock/index.js';
import type { MockCommand } from '../config/index.js';
import { PLUGIN_SHUT_DOWN } from './driver-errors.js';
import { type ExitResult, exitResult } from './exit-result.js';
import { OutputLoop } from './output-loop.js';

/** How the fake process ended: by itself, by a kill, or by its plugin "crashing". */
export type ExitCause = 'natural' | 'killed' | 'plugin';

/** Where the fake process reports to. */
export interface ProcessListener {
  write(stream: 'stdout' | 'stderr', text: string): void;
  exit(result: ExitResult, cause: ExitCause): void;
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
export class FakeProcess {
  #pluginTimer: TimerHandle | undefined;
  #runTimer: TimerHandle | undefined;
  #loops: OutputLoop[] = [];
  #runEnded = false;
  #exited = false;

  constructor(
    private readonly clock: VirtualClock,
    private readonly command: MockCommand,
    private readonly listener: ProcessListener,
    private readonly options: ProcessOptions,
  ) {}

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

    this.#loops = [
      this.#loop(
        'stdout',
        command.stdout_string,
        command.stdout_repeat,
        command.stdout_repeat_duration,
      ),
      this.#loop(
        'stderr',
        command.stderr_string,
        command.stderr_repeat,
        command.stderr_repeat_duration,
      ),
    ];
    for (const loop of this.#loops) {
      loop.start();
      // A sink may kill the task from inside the first write.
      if (this.#exited) return;
    }

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

  #loop(stream: 'stdout' | 'stderr', text: string, repeat: number, every: number): OutputLoop {
    return new OutputLoop(
      this.clock,
      { text, repeat, every },
      (written) => this.listener.write(stream, written),
      () => this.#maybeExitNaturally(),
      `${this.options.label}: ${stream}`,
    );
  }

  // Once run_for is over, the plugin timer no longer matters: the process only waits for output.
  #maybeExitNaturally(): void {
    if (!this.#runEnded || this.#exited) return;
    this.#clearPluginTimer();
    if (!this.#loops.every((loop) => loop.finished)) return;

    const { exit_code, exit_signal, exit_err_msg } = this.command;
    this.#end(exitResult(exit_code, exit_signal, exit_err_msg), 'natural');
  }

  #end(result: ExitResult, cause: ExitCause): void {
    if (this.#exited) return;
    this.#exited = true;

    for (const loop of this.#loops) loop.stop();
    this.#clearPluginTimer();
    if (this.#runTimer !== undefined) this.clock.clearTimer(this.#runTimer);
    this.#runTimer = undefined;

    this.listener.exit(result, cause);
  }

  #clearPluginTimer(): void {
    if (this.#pluginTimer !== undefined) this.clock.clearTimer(this.#pluginTimer);
    this.#pluginTimer = undefined;
  }
}
