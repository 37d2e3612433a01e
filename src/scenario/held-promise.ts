/**
 * A promise the scenario hands out to be awaited later (`s.until()`, `web.stop()`, ...), which
 * knows whether anyone has subscribed to it yet. Awaiting it, `.then`, `.catch`, `.finally`,
 * `Promise.all` and `expect(...).rejects` all subscribe through `then`, which a subclass sees:
 * `await` calls the `then` of a promise whose constructor is not `Promise` itself.
 */
export class HeldPromise<T> extends Promise<T> {
  // What `then`, `catch` and `finally` return is a plain promise, not another held one.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  #claimed = false;

  /** Whether someone subscribed to the outcome. */
  get claimed(): boolean {
    return this.#claimed;
  }

  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#claimed = true;
    return super.then(onFulfilled, onRejected);
  }
}

/** A failure of a held promise that nobody had subscribed to when it rejected. */
export interface UnclaimedFailure {
  readonly promise: HeldPromise<unknown>;
  readonly error: unknown;
}

/**
 * Wraps `work` in a held promise that the platform never reports as unhandled: the test may
 * start it, advance time, and await it after it rejected. A rejection nobody had subscribed to
 * goes to `unclaimed`, for the scenario's next step to fail with unless the test claims it first.
 */
export function holdPromise<T>(
  work: Promise<T>,
  unclaimed: (failure: UnclaimedFailure) => void,
): HeldPromise<T> {
  const held = new HeldPromise<T>((resolve, reject) => {
    work.then(resolve, reject);
  });

  // The prototype's own `then` marks the promise handled without counting as a subscriber.
  Promise.prototype.then.call(held, undefined, (error: unknown) => {
    if (!held.claimed) unclaimed({ promise: held, error });
  });
  return held;
}
