import {
  PLUGIN_SHUT_DOWN,
  onTaskExit,
  recoverTaskNow,
  startTaskNow,
  type ExitResult,
  type Launched,
  type OutputSink,
} from '../driver/index.js';
import { Step } from './life-steps.js';
import { later } from './reaction-queue.js';
import { RunningProcess } from './running-process.js';
import type { TaskLife } from './task-life.js';
import type { TaskState } from './task-state.js';

/**
 * The driver's side of a task's life: launches each start's process and passes what the driver
 * reports (the launch, its failure, the exit) on to the life as queued reactions.
 */
export class ProcessLauncher {
  readonly #life: TaskLife;
  readonly #state: TaskState;
  /** How many starts were tried: the last part of the driver task id. */
  #starts = 0;
  /** The output sinks handed to the driver at every start, made at the first. */
  #sinks: { stdout: OutputSink; stderr: OutputSink } | undefined = undefined;
  /** The process last launched, whose exit the driver reports to `#onExit`. */
  #launched: RunningProcess | undefined = undefined;
  /** Handed to the driver at every launch; made once per life rather than once per start. */
  #onExit: ((result: ExitResult) => void) | undefined = undefined;

  /** `state` is the runner's mutable record, which the sinks write the output to. */
  constructor(life: TaskLife, state: TaskState) {
    this.#life = life;
    this.#state = state;
  }

  /**
   * Starts a process (`blocked`: this start's start_block_for is over). The driver launches it
   * at once; the life takes the outcome (`Started` or `Driver Failure`) as a reaction of its
   * own, so tasks set up at one instant all do so before the first of them is started.
   */
  start(blocked: boolean): void {
    const life = this.#life;
    const { runner } = life;
    if (!blocked) this.#starts += 1;
    // join builds one flat string; a template literal would build a chain of string pieces,
    // kept by every driver entry of the process (about 90 bytes more per task).
    const id = [runner.alloc, runner.name, this.#starts].join('/');
    // One pair of sinks per life, not per start: a crash loop starts again and again.
    const sinks = (this.#sinks ??= this.#makeSinks());
    // The spec's config is validated already: the driver takes it as its own validation.
    const config = runner.spec.config;
    const request = { id, name: runner.name, config, stdout: sinks.stdout, stderr: sinks.stderr };

    let launched: Launched | number;
    try {
      launched = startTaskNow(life.driver, request, blocked, config);
    } catch (error) {
      later(life, Step.startFailed, error);
      return;
    }

    if (typeof launched === 'number') {
      life.clock.setTimer(launched, () => later(life, Step.launch), { label: 'sleep' });
      return;
    }

    const process = new RunningProcess(id, launched.task, launched.network);
    this.#launched = process;
    onTaskExit(life.driver, id, this.#exitListener());
    later(life, Step.started, process);
  }

  /**
   * Whether an exit the driver reported is none: a "plugin is shut down" result is recovered
   * silently, as Nomad does, and the wait goes on. Recovering twice at one instant (a
   * non-positive plugin_exit_after) would loop forever in virtual time, so that result is then
   * taken as the exit.
   */
  recovered(process: RunningProcess, result: ExitResult): boolean {
    const { driver, clock } = this.#life;
    const now = clock.now;
    if (result.err !== PLUGIN_SHUT_DOWN || now === process.lastRecovery) return false;

    process.lastRecovery = now;
    process.result = undefined;
    recoverTaskNow(driver, process.launched, this.#sinks ?? {});
    onTaskExit(driver, process.id, this.#exitListener());
    return true;
  }

  #exitListener(): (result: ExitResult) => void {
    return (this.#onExit ??= (result) => this.#exitReported(result));
  }

  // The driver reported an exit of the launched process (inside its own callback): the life
  // looks at it later in the instant, after every timer due now.
  #exitReported(result: ExitResult): void {
    const process = this.#launched;
    if (process === undefined) return;
    process.result = result;
    later(this.#life, Step.exited, process);
  }

  #makeSinks(): { stdout: OutputSink; stderr: OutputSink } {
    const state = this.#state;
    return {
      stdout: (text) => state.writeStdout(text),
      stderr: (text) => state.writeStderr(text),
    };
  }
}
