import { performance as hooksPerformance } from 'node:perf_hooks';
import * as timers from 'node:timers';

/** The globals the HCL parser's Go runtime reads: its scheduler, its clocks. */
const NAMES = ['setTimeout', 'clearTimeout', 'Date', 'performance'] as const;
type Name = (typeof NAMES)[number];

// @sinonjs/fake-timers (and Vitest's copy of it) marks each fake with the clock that owns it
// and keeps the replaced original on that clock as `_<name>`. Following that chain recovers
// the real function even when this module is first loaded under fake timers.
function unfake<T>(value: T, name: string): T {
  let current: unknown = value;
  for (let depth = 0; depth < 8; depth++) {
    const clock = (current as { clock?: Record<string, unknown> } | undefined)?.clock;
    const original = clock?.[`_${name}`];
    if (original === undefined) break;
    current = original;
  }
  return current as T;
}

// The prototype's `now` is never patched: the fakes define an own `now` on the instance.
const protoNow = (Object.getPrototypeOf(hooksPerformance) as { now: () => number }).now;
const realPerformance: unknown = Object.create(hooksPerformance, {
  now: { value: () => protoNow.call(hooksPerformance) },
});

const REAL: Record<Name, unknown> = {
  setTimeout: unfake(timers.setTimeout, 'setTimeout'),
  clearTimeout: unfake(timers.clearTimeout, 'clearTimeout'),
  Date: unfake(globalThis.Date, 'Date'),
  performance: realPerformance,
};

/**
 * Puts the real timers and clocks on `globalThis` and returns the function that puts back
 * what was there. A global someone else replaced in between is left alone.
 */
function installRealGlobals(): () => void {
  const target = globalThis as unknown as Record<Name, unknown>;
  // The common case, no fake timers, costs one look at each global.
  if (NAMES.every((name) => isReal(target, name))) return noop;

  const saved = NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);

  for (const name of NAMES) {
    if (isReal(target, name)) continue;
    Object.defineProperty(target, name, {
      value: REAL[name],
      writable: true,
      configurable: true,
      enumerable: name !== 'Date',
    });
  }

  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor !== undefined && target[name] === REAL[name]) {
        Object.defineProperty(target, name, descriptor);
      }
    }
  };
}

function isReal(target: Record<Name, unknown>, name: Name): boolean {
  return (
    target[name] === REAL[name] ||
    (name === 'performance' && target.performance === hooksPerformance)
  );
}

function noop(): void {}

/**
 * Runs `fn` synchronously with the real timers on `globalThis`, so that what the HCL parser
 * schedules while it works never lands on a test's fake clock.
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
 * Runs the asynchronous `fn` with the real timers on `globalThis` until it settles. Used once,
 * for the parser's first load, which polls with the global `setTimeout` and would wait forever
 * on a fake clock that nobody advances.
 */
export async function withRealTimersAsync<T>(fn: () => Promise<T>): Promise<T> {
  const restore = installRealGlobals();
  try {
    return await fn();
  } finally {
    restore();
  }
}
