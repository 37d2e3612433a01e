import { createRequire } from 'node:module';

import { withGlobal } from '@sinonjs/fake-timers';
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  originalOf,
  realTimers,
  realTimersGlobal,
  withRealTimers,
  withRealTimersAsync,
} from './real-timers.js';

// Taken before any test fakes them.
const real = { setTimeout, clearTimeout, setImmediate, Date, performance };

afterEach(() => {
  vi.useRealTimers();
});

describe('the real timers while vi.useFakeTimers() is on', () => {
  it('are found when this module is loaded while fake timers are on', async () => {
    vi.useFakeTimers();
    vi.resetModules();
    const fresh = await import('./real-timers.js');

    expect(fresh.realTimers).toEqual({
      setTimeout: real.setTimeout,
      clearTimeout: real.clearTimeout,
      setImmediate: real.setImmediate,
    });
    expect(fresh.realTimersGlobal.Date).toBe(real.Date);
    expect(fresh.withRealTimers(() => [globalThis.setTimeout, globalThis.Date])).toEqual([
      real.setTimeout,
      real.Date,
    ]);
  });

  it('are the ones found when this module was loaded before', () => {
    vi.useFakeTimers();

    expect([realTimers.setTimeout, realTimers.setImmediate, realTimersGlobal.Date]).toEqual([
      real.setTimeout,
      real.setImmediate,
      real.Date,
    ]);
  });
});

describe('originalOf', () => {
  it("finds the originals behind @sinonjs/fake-timers installed on the process's global", () => {
    const clock = withGlobal(globalThis).install();
    const timersModule = createRequire(import.meta.url)(
      'node:timers',
    ) as typeof import('node:timers');
    try {
      // There it replaces the CommonJS exports of node:timers too.
      expect(timersModule.setImmediate).not.toBe(real.setImmediate);

      expect([
        originalOf(timersModule.setImmediate, 'setImmediate'),
        originalOf(globalThis.setTimeout, 'setTimeout'),
        originalOf(globalThis.Date, 'Date'),
      ]).toEqual([real.setImmediate, real.setTimeout, real.Date]);
    } finally {
      clock.uninstall();
    }
  });

  it('returns what is not a fake as it is', () => {
    expect(originalOf(real.setTimeout, 'setTimeout')).toBe(real.setTimeout);
  });
});

describe('withRealTimers', () => {
  it('puts the real setTimeout, clearTimeout, Date and performance on globalThis while fn runs', () => {
    vi.useFakeTimers({ now: 0 });

    const seen = withRealTimers(() => ({
      setTimeout: globalThis.setTimeout === real.setTimeout,
      clearTimeout: globalThis.clearTimeout === real.clearTimeout,
      Date: globalThis.Date === real.Date,
      // The fake clock says 0 for both.
      dateMoves: Date.now() > 0,
      performanceMoves: performance.now() > 0,
    }));

    expect(seen).toEqual({
      setTimeout: true,
      clearTimeout: true,
      Date: true,
      dateMoves: true,
      performanceMoves: true,
    });
  });

  it('puts the fakes back afterwards, also when fn throws', () => {
    vi.useFakeTimers({ now: 0 });
    const fakes = [globalThis.setTimeout, globalThis.clearTimeout, globalThis.Date, performance];

    expect(() =>
      withRealTimers(() => {
        throw new Error('parse failed');
      }),
    ).toThrow('parse failed');

    expect([globalThis.setTimeout, globalThis.clearTimeout, globalThis.Date, performance]).toEqual(
      fakes,
    );
    expect([Date.now(), performance.now()]).toEqual([0, 0]);
  });

  it('leaves alone a global that fn replaced', () => {
    vi.useFakeTimers();
    const own = (() => undefined) as unknown as typeof setTimeout;

    withRealTimers(() => {
      globalThis.setTimeout = own;
    });

    expect(globalThis.setTimeout).toBe(own);
  });

  it('changes nothing without fake timers', () => {
    const seen = withRealTimers(() => [globalThis.setTimeout, globalThis.Date, performance]);

    expect(seen).toEqual([real.setTimeout, real.Date, real.performance]);
  });
});

describe('withRealTimersAsync', () => {
  it('keeps the real timers on until the promise settles', async () => {
    vi.useFakeTimers();
    const fakeSetTimeout = globalThis.setTimeout;

    // On the fake clock, which nobody advances, this would never resolve.
    const waited = await withRealTimersAsync(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return 'waited';
    });

    expect(waited).toBe('waited');
    expect(globalThis.setTimeout).toBe(fakeSetTimeout);
  });
});
