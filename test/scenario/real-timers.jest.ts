// The real timers found under Jest's fake timers, and the HCL parser loading and parsing while
// they are on.
import { afterEach, describe, expect, it, jest } from '@jest/globals';

import { parseJob } from '../../src/index.js';

const JOB = `job "j" {\n  group "g" {\n    task "t" {\n      driver = "mock_driver"\n    }\n  }\n}\n`;

afterEach(() => {
  jest.useRealTimers();
});

describe("the real timers under Jest's fake timers", () => {
  it('are found when the module is loaded while fake timers are on', async () => {
    const real = { setTimeout, Date };
    jest.useFakeTimers({ now: 0 });
    let fresh: typeof import('../../src/clock/real-timers.js') | undefined;
    await jest.isolateModulesAsync(async () => {
      fresh = await import('../../src/clock/real-timers.js');
    });

    const seen = fresh?.withRealTimers(() => [globalThis.setTimeout, globalThis.Date]);

    expect([fresh?.realTimersGlobal.Date, ...(seen ?? [])]).toEqual([
      real.Date,
      real.setTimeout,
      real.Date,
    ]);
    expect([Date.now(), performance.now()]).toEqual([0, 0]);
  });

  it('let the HCL parser load and parse, leaving no timer on the fake clock', async () => {
    jest.useFakeTimers({ now: 0 });

    const { spec } = await parseJob(JOB, { filename: 'j.nomad.hcl' });

    expect([spec.name, Date.now(), jest.getTimerCount()]).toEqual(['j', 0, 0]);
  });
});
