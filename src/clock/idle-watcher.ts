import { realSetImmediate } from './real-timers.js';

/** What the watcher asks of the clock it serves. */
export interface IdleHost {
  /** A counter that moves whenever a timer is scheduled or cleared. */
  changes(): number;
  /** Whether a jump would be allowed and useful now (on, not running, work pending). */
  canJump(): boolean;
  /** Moves time to the next non-background timer. */
  jump(): void;
}

// One quiet turn can be a chain that is itself waiting for a real setImmediate; two in a row
// means the code under test is waiting for virtual time.
const QUIET_TURNS = 2;

/**
 * `autoAdvance`'s idle detection on the real `setImmediate`: once the event loop turns twice
 * in a row without timer activity, time jumps. It watches only while a jump is possible, so it
 * never spins when nothing but background timers is left.
 */
export class IdleWatcher {
  readonly #host: IdleHost;
  #queued = false;
  #seen = 0;
  #quietTurns = 0;

  constructor(host: IdleHost) {
    this.#host = host;
  }

  /** Starts watching, unless watching already or a jump is not possible. */
  wake(): void {
    if (this.#queued || !this.#host.canJump()) return;

    this.#seen = this.#host.changes();
    this.#quietTurns = 0;
    this.#queue();
  }

  #queue(): void {
    this.#queued = true;
    realSetImmediate(this.#turn);
  }

  readonly #turn = (): void => {
    this.#queued = false;
    if (!this.#host.canJump()) return;

    const changes = this.#host.changes();
    this.#quietTurns = changes === this.#seen ? this.#quietTurns + 1 : 0;
    this.#seen = changes;

    if (this.#quietTurns < QUIET_TURNS) this.#queue();
    else this.#host.jump();
  };
}
