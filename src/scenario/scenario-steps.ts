import { ClockLimitError } from '../clock/index.js';
import type { MockDriver } from '../driver/index.js';
import { TaskdoubleError } from '../errors/index.js';
import { busiestTask } from './describe-events.js';
import { explainHang, type HangScene } from './explain-hang.js';
import { isHang, watchForHang } from './hang-watch.js';
import { holdPromise, type UnclaimedFailure } from './held-promise.js';
import { limitMessage } from './limit-message.js';

/** What the steps read of their scenario. */
export interface StepScene extends HangScene {
  /** Its entries count as progress, like the scenario's events. */
  readonly driver: MockDriver;
}

/** A failure of a held promise, with how many runs had ended when it came. */
interface PendingFailure {
  readonly failure: UnclaimedFailure;
  readonly runsEnded: number;
}

/**
 * How a scenario's awaited steps run: the clock's runs (`s.advance()`, `s.until()`, ...) and the
 * actions of its tasks, allocations and jobs. Each is watched for a hang; a run the loop guard
 * stopped fails with the scenario's message, naming the busiest task; and what an `s.at()` action
 * threw fails the next run.
 *
 * The promises it hands out for later awaiting are held (see `holdPromise`): a test may start
 * `s.until()` or `web.stop()`, advance past their failure, then await them without an
 * unhandled-rejection report. A failure that nobody awaited by the next step fails that step.
 */
export class ScenarioSteps {
  readonly #scene: StepScene;
  readonly #actionErrors: unknown[] = [];
  // Failures of held promises nobody had awaited when they rejected, with how many runs had
  // ended by then: the test gets until the end of the next run to await one.
  #unclaimed: PendingFailure[] = [];
  #runsEnded = 0;
  // Set while an s.at() action runs: the actions it starts are not awaited by the test, so they
  // get no hang watch (a watch would fail a later step for a wait nobody made).
  #inAtAction = false;
  // Where the last step left the timeline, and whether autoAdvance was on then: a failed
  // autoAdvance run between steps is reported at the next step, counting events since.
  #lastStepEnd = 0;
  #autoAtLastStep: boolean;

  constructor(scene: StepScene) {
    this.#scene = scene;
    this.#autoAtLastStep = scene.clock.autoAdvance;
  }

  /**
   * Runs one clock step under the hang watch, names the busiest task if the loop guard stops it,
   * and surfaces what an s.at() action threw.
   */
  async run<T>(step: string, work: () => Promise<T>): Promise<T> {
    this.#failUnclaimed();

    const { clock, timeline } = this.#scene;
    const from = timeline.length;
    const startedAt = clock.now;
    // autoAdvance switches itself off when its run fails; the failure surfaces at this step.
    const autoStopped = this.#autoAtLastStep && !clock.autoAdvance;
    let result: T;
    try {
      result = await this.#watch(step, work());
    } catch (error) {
      if (!(error instanceof ClockLimitError)) throw error;
      const autoAdvance = autoStopped && timeline.length === from && clock.now === startedAt;
      const message = limitMessage({
        step,
        autoAdvance,
        limit: error.limit,
        now: clock.now,
        seed: this.#scene.seed,
        busiest: busiestTask(timeline, autoAdvance ? this.#lastStepEnd : from),
      });
      throw new TaskdoubleError(message, { cause: error });
    } finally {
      this.#runsEnded++;
      this.#lastStepEnd = timeline.length;
      this.#autoAtLastStep = clock.autoAdvance;
    }

    const failure = this.#actionErrors.shift();
    if (failure !== undefined) throw failure;
    return result;
  }

  /** Starts an action of a task, allocation or job, watched unless an s.at() action started it. */
  act<T>(step: string, start: () => Promise<T>): Promise<T> {
    let work: Promise<T>;
    try {
      work = start();
    } catch (error) {
      return this.hold(Promise.reject(error instanceof Error ? error : new Error(String(error))));
    }
    return this.hold(this.#inAtAction ? work : this.#watch(step, work));
  }

  /** Holds a promise handed to the test, whose failure the next step reports if nobody awaits it. */
  hold<T>(work: Promise<T>): Promise<T> {
    return holdPromise(work, (failure) => {
      // A hang reports a wait without virtual progress; if nobody awaited, nobody waited.
      if (isHang(failure.error)) return;
      this.#unclaimed.push({ failure, runsEnded: this.#runsEnded });
    });
  }

  /** Runs an s.at() action: what it throws or rejects with fails the next run. */
  runAtAction(action: () => unknown): void {
    this.#inAtAction = true;
    try {
      Promise.resolve(action()).catch((error: unknown) => this.#actionErrors.push(error));
    } catch (error) {
      this.#actionErrors.push(error);
    } finally {
      this.#inAtAction = false;
    }
  }

  // A failure the test has not awaited though a run ended since would otherwise go unseen: this
  // step fails with it. A younger one waits (`const p = web.restart(); await s.advance('1m');
  // await p` must work), and one the test awaited in the meantime is its own and is dropped.
  #failUnclaimed(): void {
    this.#unclaimed = this.#unclaimed.filter(({ failure }) => !failure.promise.claimed);
    const due = this.#unclaimed.findIndex(({ runsEnded }) => runsEnded < this.#runsEnded);
    if (due === -1) return;

    const [pending] = this.#unclaimed.splice(due, 1) as [PendingFailure];
    throw pending.failure.error;
  }

  #watch<T>(step: string, work: Promise<T>): Promise<T> {
    const scene = this.#scene;
    return watchForHang(step, work, {
      timeout: scene.hangTimeout,
      progress: () => `${scene.clock.now}/${scene.timeline.length}/${scene.driver.timeline.length}`,
      explain: (what) => explainHang(what, scene),
    });
  }
}
