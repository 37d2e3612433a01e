// A long timeline's event objects do not fit in the CPU cache: a search that reads `type` from
// every object pays a cache miss per event, so ten times the events cost far more than ten times
// the time. A column of one byte per event, the event's type as a small code, keeps a search for
// a type inside a few cache lines per thousand events; only the events of that type are read.

// Code 0 is never written: a new Uint8Array is all zeros, and so is the room the column grew
// into past its last event, which no search may mistake for an event.

/** The code of a type that has none of its own: not a string, or past the last code. */
const OTHER = 1;

const FIRST_CODE = 2;
const LAST_CODE = 255;

/** How many bytes a search checks itself before handing the rest to `indexOf`. */
const NEAR = 32;

/**
 * The type codes of a timeline's events, one byte each, in the timeline's order. A long
 * timeline codes each event as it is appended (see {@link follow}); the first append past the
 * threshold codes the events before it, and a search first codes anything not yet coded. Each
 * event's `type` is read once.
 */
export class TypeColumn {
  /** Each type seen so far and its code, in the order they were first seen. */
  readonly #codes = new Map<string, number>();
  #bytes = new Uint8Array(0);
  #filled = 0;

  /**
   * The index of the first of `events` at or after `from` whose type is `type` and that
   * `accept` accepts, or -1. Only the events of that type are read, and the search and the
   * calls of `accept` stay in one loop, so the reads of a dense type overlap as a scan's do.
   */
  find<E extends { readonly type: unknown }>(
    type: unknown,
    accept: (event: E, index: number) => boolean,
    from: number,
    events: readonly E[],
  ): number {
    this.follow(events);
    const code = typeof type === 'string' ? this.#codes.get(type) : undefined;
    if (code !== undefined) {
      for (let index = this.#next(code, from); index !== -1; index = this.#next(code, index + 1)) {
        if (accept(events[index] as E, index)) return index;
      }
      return -1;
    }

    // A string without a code was never seen, unless the codes ran out before it came.
    if (typeof type === 'string' && this.#codes.size < LAST_CODE - FIRST_CODE + 1) return -1;
    for (let index = this.#next(OTHER, from); index !== -1; index = this.#next(OTHER, index + 1)) {
      const event = events[index] as E;
      if (event.type === type && accept(event, index)) return index;
    }
    return -1;
  }

  /** Gives back the room the column grew into, as the timeline's own `trim()` does. */
  trim(): void {
    this.#bytes = this.#bytes.slice(0, this.#filled);
  }

  /**
   * Codes the events appended since the last call; the column at least doubles when it grows,
   * so following a growing timeline copies each byte a bounded number of times.
   */
  follow(events: readonly { readonly type: unknown }[]): void {
    const length = events.length;
    if (this.#filled === length) return;

    if (length > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(length, this.#bytes.length * 2));
      grown.set(this.#bytes.subarray(0, this.#filled));
      this.#bytes = grown;
    }
    const bytes = this.#bytes;
    for (let index = this.#filled; index < length; index++) {
      bytes[index] = this.#codeOf((events[index] as { readonly type: unknown }).type);
    }
    this.#filled = length;
  }

  #codeOf(type: unknown): number {
    if (typeof type !== 'string') return OTHER;
    const known = this.#codes.get(type);
    if (known !== undefined) return known;

    const code = FIRST_CODE + this.#codes.size;
    if (code > LAST_CODE) return OTHER;
    this.#codes.set(type, code);
    return code;
  }

  // A match is often near (a dense type, or the next item of a sequence), and `indexOf` costs a
  // call into the runtime: the first bytes are checked here, the long stretch by `indexOf`. No
  // code is 0, so `indexOf` cannot stop in the room past the last event.
  #next(code: number, from: number): number {
    const bytes = this.#bytes;
    const near = Math.min(from + NEAR, this.#filled);
    for (let index = from; index < near; index++) {
      if (bytes[index] === code) return index;
    }
    if (near >= this.#filled) return -1;
    return bytes.indexOf(code, near);
  }
}
