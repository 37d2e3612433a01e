import { performance as hooksPerformance } from 'node:perf_hooks';
import * as timers from 'node:timers';

// The real timers and clocks while a test has fake timers on (vi.useFakeTimers(),
// jest.useFakeTimers(), @sinonjs/fake-timers), for the clock's own machinery and for the HCL
// parser's Go runtime, whichever was loaded first, this module or the fakes.

/**
 * The original behind a fake. @sinonjs/fake-timers, under Vitest's and Jest's fake timers alike,
 * marks each global it replaces (the timer functions and `Date`) with the clock that owns it and
 * keeps the replaced original on that clock as `_<name>`, to put back when it is uninstalled.
 * Following that link finds the real one through fakes installed over fakes. It is the same link
 * for every name, and it does not rely on how a fake is built (a fake `Date` that did not
 * subclass the real one would send a walk up its prototype chain to `Function.prototype`).
 */
export function originalOf<T>(value: T, name: string): T {
  let current: unknown = value;
  for (let depth = 0; depth < 8; depth++) {
    const clock = (current as { clock?: Record<string, unknown> } | undefined)?.clock;
    const replaced = clock?.[`_${name}`];
    if (replaced === undefined) break;
    current = replaced;
  }
  return current as T;
}

// Vitest and Jest leave `node:timers` alone, but @sinonjs/fake-timers installed on the process's
// own global (sinon.useFakeTimers() under Mocha, say) replaces its CommonJS exports too, which
// the CommonJS build reads: each is unwrapped all the same, once, here.
const realSetTimeout = originalOf(timers.setTimeout, 'setTimeout');
const realClearTimeout = originalOf(timers.clearTimeout, 'clearTimeout');
const realSetImmediate = originalOf(timers.setImmediate, 'setImmediate');
const realClearImmediate = originalOf(timers.clearImmediate, 'clearImmediate');
const realSetInterval = originalOf(timers.setInterval, 'setInterval');
const realClearInterval = originalOf(timers.clearInterval, 'clearInterval');
const RealDate = originalOf(globalThis.Date, 'Date');

// The prototype's `now` is never patched: the fakes define an own `now` on the instance.
const protoNow = (Object.getPrototypeOf(hooksPerformance) as { now: () => number }).now;
const realPerformance: unknown = Object.create(hooksPerformance, {
  now: { value: () => protoNow.call(hooksPerformance) },
});

/** Node's own timers, whatever fake timers are on. */
export const realTimers = {
  setTimeout: realSetTimeout,
  clearTimeout: realClearTimeout,
  setImmediate: realSetImmediate,
} as const;

/**
 * Resolves after one turn of the real event loop, so every promise continuation queued before it
 * (however many awaits deep) has run.
 */
export function macrotask(): Promise<void> {
  return new Promise(armTurn);
}

// One function for every turn (the clock waits for one at every instant), through `realTimers`
// so that a test can count the turns.
function armTurn(resolve: () => void): void {
  realTimers.setImmediate(resolve);
}

/**
 * The global object handed to fake-timers' `withGlobal`. It carries only real functions: a
 * fake-timers clock made over the faked globals would await the faked `setImmediate` in
 * `tickAsync` and never resolve while the user's fake timers are on.
 */
export const realTimersGlobal = {
  setTimeout: realSetTimeout,
  clearTimeout: realClearTimeout,
  setImmediate: realSetImmediate,
  clearImmediate: realClearImmediate,
  setInterval: realSetInterval,
  clearInterval: realClearInterval,
  // A promise job is a real microtask whatever the user has faked.
  queueMicrotask: (callback: () => void): void => {
    void Promise.resolve().then(callback);
  },
  Date: RealDate,
  Promise,
};

/** The globals that code keeping time by the global clocks reads (the HCL parser's Go runtime). */
const GLOBALS = ['setTimeout', 'clearTimeout', 'Date', 'performance'] as const;
type GlobalName = (typeof GLOBALS)[number];

const REAL_GLOBALS: Record<GlobalName, unknown> = {
  setTimeout: realSetTimeout,
  clearTimeout: realClearTimeout,
  Date: RealDate,
  performance: realPerformance,
};

/**
 * Runs `fn` synchronously with the real `setTimeout`, `clearTimeout`, `Date` and `performance`
 * on `globalThis`, so that what it schedules or reads the time from never lands on a test's fake
 * clock.
 */
export function withRealTimers<T>(fn: () => T): T {
  const restore = installRealGlobals();
  try {
    return fn();
  } finally {
    restore();
  }
}

/**
 * Runs the asynchronous `fn` with the real timers and clocks on `globalThis` until it settles:
 * for code that polls with the global `setTimeout`, which would wait forever on a fake clock that
 * nobody advances.
 */
export async function withRealTimersAsync<T>(fn: () => Promise<T>): Promise<T> {
  const restore = installRealGlobals();
  try {
    return await fn();
  } finally {
    restore();
  }
}

/**
 * Puts the real timers and clocks on `globalThis` and returns the function that puts back what
 * was there. A global someone else replaced in between is left alone.
 */
function installRealGlobals(): () => void {
  const target = globalThis as unknown as Record<GlobalName, unknown>;
  // The common case, no fake timers, costs one look at each global.
  if (GLOBALS.every((name) => isReal(target, name))) return noop;

  const saved = GLOBALS.map(
    (name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const,
  );

  for (const name of GLOBALS) {
    if (isReal(target, name)) continue;
    Object.defineProperty(target, name, {
      value: REAL_GLOBALS[name],
      writable: true,
      configurable: true,
      enumerable: name !== 'Date',
    });
  }

  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor !== undefined && target[name] === REAL_GLOBALS[name]) {
        Object.defineProperty(target, name, descriptor);
      }
    }
  };
}

function isReal(target: Record<GlobalName, unknown>, name: GlobalName): boolean {
  return (
    target[name] === REAL_GLOBALS[name] ||
    (name === 'performance' && target.performance === hooksPerformance)
  );
}

function noop(): void {}
