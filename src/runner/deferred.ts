/** A promise with its resolve and reject functions at hand, settled from outside. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/** Makes a {@link Deferred}; its promise never counts as unhandled when nobody awaits it. */
export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  // Actions' promises are often dropped by callers that only look at the timeline.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
