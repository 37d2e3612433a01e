import type { TimerHandle, VirtualClock } from '../clock/index.js';
import type { MockCommand } from '../config/index.js';

/** Where a loop reports to: its process, which makes one pair of loops per start. */
export interface LoopOwner {
  /** Names the loop's timers: `<label>: stdout`. */
  readonly label: string;
  loopWrote(stream: 'stdout' | 'stderr', text: string): void;
  loopFinished(): void;
}

/**
 * Writes `text` once at once, then `repeat` more times, `every` ns apart (N+1 writes, as in
 * Nomad). Only the next write is ever scheduled, so a repeat count of a billion costs one timer
 * at a time, not a billion up front.
 */
export class OutputLoop {
  readonly #clock: VirtualClock;
  readonly #text: string;
  readonly #every: number;
  readonly #owner: LoopOwner;
  readonly #stream: 'stdout' | 'stderr';
  #remaining: number;
  #timer: TimerHandle | undefined = undefined;
  #finished = false;
  /** The timer callback and label, made at the first repeat (most loops write once or never). */
  #onTimer: (() => void) | undefined = undefined;
  #label: string | undefined = undefined;

  /** The loop of `stream` as `command` scripts it (`stdout_string`, `stdout_repeat`, ...). */
  constructor(
    clock: VirtualClock,
    command: MockCommand,
    owner: LoopOwner,
    stream: 'stdout' | 'stderr',
  ) {
    this.#clock = clock;
    this.#owner = owner;
    this.#stream = stream;
    if (stream === 'stdout') {
      this.#text = command.stdout_string;
      this.#every = command.stdout_repeat_duration;
      this.#remaining = Math.max(0, command.stdout_repeat);
    } else {
      this.#text = command.stderr_string;
      this.#every = command.stderr_repeat_duration;
      this.#remaining = Math.max(0, command.stderr_repeat);
    }
  }

  /** True once the last write is made (at once for an empty text) or the loop was stopped. */
  get finished(): boolean {
    return this.#finished;
  }

  /** Makes the first write and schedules the rest. */
  start(): void {
    // An empty text means no writes at all, whatever the repeat count says.
    if (this.#text === '') {
      this.#finish();
      return;
    }

    this.#owner.loopWrote(this.#stream, this.#text);
    if (!this.#finished) this.#scheduleNext();
  }

  /** Stops before the next write; the writes already made stay. */
  stop(): void {
    if (this.#timer !== undefined) this.#clock.clearTimer(this.#timer);
    this.#timer = undefined;
    this.#finished = true;
  }

  #scheduleNext(): void {
    if (this.#remaining === 0) {
      this.#finish();
      return;
    }

    this.#remaining -= 1;
    this.#timer = this.#clock.setTimer(
      Math.max(0, this.#every),
      (this.#onTimer ??= () => this.#repeat()),
      { label: (this.#label ??= `${this.#owner.label}: ${this.#stream}`) },
    );
  }

  #repeat(): void {
    this.#timer = undefined;
    this.#owner.loopWrote(this.#stream, this.#text);

    // The write may have stopped the process (a sink that kills its task); then no more.
    if (!this.#finished) this.#scheduleNext();
  }

  #finish(): void {
    this.#finished = true;
    this.#owner.loopFinished();
  }
}
