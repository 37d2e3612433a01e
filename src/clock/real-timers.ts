import {
  clearImmediate,
  clearInterval,
  clearTimeout,
  setImmediate,
  setInterval,
  setTimeout,
} from 'node:timers';

/** Node's own `setImmediate`, untouched by `vi.useFakeTimers()` / `jest.useFakeTimers()`. */
export const realSetImmediate = setImmediate;

/**
 * Resolves after one turn of the real event loop, so every promise continuation queued before it
 * (however many awaits deep) has run.
 */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    setImmediate(resolve);
  });
}

/**
 * The real `Date`. User fake timers replace the global `Date` with a subclass of the real one
 * marked `isFake`, so walking up the prototype chain finds the original even when this module is
 * loaded while fake timers are installed.
 */
function realDate(): DateConstructor {
  let candidate: DateConstructor = globalThis.Date;
  while ((candidate as { isFake?: boolean }).isFake === true) {
    const parent: unknown = Object.getPrototypeOf(candidate);
    if (typeof parent !== 'function') break;
    candidate = parent as DateConstructor;
  }
  return candidate;
}

/**
 * The global object handed to fake-timers' `withGlobal`. It carries only real functions: a
 * fake-timers clock made over the faked globals would await the faked `setImmediate` in
 * `tickAsync` and never resolve while the user's fake timers are on.
 */
export const realTimersGlobal = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  // A promise job is a real microtask whatever the user has faked.
  queueMicrotask: (callback: () => void): void => {
    void Promise.resolve().then(callback);
  },
  Date: realDate(),
  Promise,
};
