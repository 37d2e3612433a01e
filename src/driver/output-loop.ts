import type { TimerHandle, VirtualClock } from '../clock/index.js';

/** One output stream of the fake process: its text, extra writes and the wait before each. */
export interface OutputPlan {
  readonly text: string;
  readonly repeat: number;
  readonly every: number;
}

/**
 * Writes `text` once at once, then `repeat` more times, `every` ns apart (N+1 writes, as in
 * Nomad). Only the next write is ever scheduled, so a repeat count of a billion costs one timer
 * at a time, not a billion up front.
 */
export class OutputLoop {
  #remaining: number;
  #timer: TimerHandle | undefined;
  #finished = false;

  constructor(
    private readonly clock: VirtualClock,
    private readonly plan: OutputPlan,
    private readonly write: (text: string) => void,
    private readonly onFinish: () => void,
    private readonly label: string,
  ) {
    this.#remaining = Math.max(0, plan.repeat);
  }

  /** True once the last write is made (at once for an empty text) or the loop was stopped. */
  get finished(): boolean {
    return this.#finished;
  }

  /** Makes the first write and schedules the rest. */
  start(): void {
    // An empty text means no writes at all, whatever the repeat count says.
    if (this.plan.text === '') {
      this.#finish();
      return;
    }

    this.write(this.plan.text);
    if (!this.#finished) this.#scheduleNext();
  }

  /** Stops before the next write; the writes already made stay. */
  stop(): void {
    if (this.#timer !== undefined) this.clock.clearTimer(this.#timer);
    this.#timer = undefined;
    this.#finished = true;
  }

  #scheduleNext(): void {
    if (this.#remaining === 0) {
      this.#finish();
      return;
    }

    this.#remaining -= 1;
    this.#timer = this.clock.setTimer(
      Math.max(0, this.plan.every),
      () => {
        this.#timer = undefined;
        this.write(this.plan.text);

        // The write may have stopped the process (a sink that kills its task); then no more.
        if (!this.#finished) this.#scheduleNext();
      },
      { label: this.label },
    );
  }

  #finish(): void {
    this.#finished = true;
    this.onFinish();
  }
}
