import { realTimers } from './real-timers.js';

/** What the watcher asks of the clock it serves. */
export interface IdleHost {
  /** A counter that moves whenever a timer is scheduled or cleared. */
  changes(): number;
  /** Whether a jump would be allowed and useful now (on, not running, work pending). */
  canJump(): boolean;
  /**
   * Whether to go on watching while no jump is possible: in global mode the user's code may
   * schedule a timer of its own at any time, and nothing of ours tells the watcher when.
   */
  keepWatching(): boolean;
  /** Moves time to the next non-background timer. */
  jump(): void;
}

// One quiet turn can be a chain that is itself waiting for a real setImmediate; two in a row
// means the code under test is waiting for virtual time.
const QUIET_TURNS = 2;

// How often, in real ms, an idle global-mode clock looks for new user timers: often enough that
// awaiting a user setTimeout costs no noticeable real time, rarely enough not to spin.
const IDLE_POLL_MS = 1;

/**
 * `autoAdvance`'s idle detection on the real `setImmediate`: once the event loop turns twice
 * in a row without timer activity, time jumps. It watches only while a jump is possible, so it
 * never spins when nothing but background timers is left; a global-mode clock, which cannot see
 * the user schedule a timer, looks again every real millisecond instead, on an unref'd timer.
 */
export class IdleWatcher {
  readonly #host: IdleHost;
  #queued = false;
  #seen = 0;
  #quietTurns = 0;

  constructor(host: IdleHost) {
    this.#host = host;
  }

  /** Starts watching, unless watching already or there is nothing to watch for. */
  wake(): void {
    if (this.#queued) return;
    if (!this.#host.canJump() && !this.#host.keepWatching()) return;

    this.#seen = this.#host.changes();
    this.#quietTurns = 0;
    this.#queue();
  }

  #queue(): void {
    this.#queued = true;
    realTimers.setImmediate(this.#turn);
  }

  readonly #turn = (): void => {
    this.#queued = false;
    if (!this.#host.canJump()) {
      if (this.#host.keepWatching()) this.#poll();
      return;
    }

    const changes = this.#host.changes();
    this.#quietTurns = changes === this.#seen ? this.#quietTurns + 1 : 0;
    this.#seen = changes;

    if (this.#quietTurns < QUIET_TURNS) this.#queue();
    else this.#host.jump();
  };

  #poll(): void {
    this.#queued = true;
    this.#seen = this.#host.changes();
    this.#quietTurns = 0;
    realTimers.setTimeout(this.#turn, IDLE_POLL_MS).unref();
  }
}
