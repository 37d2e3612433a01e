import { afterEach, describe, expect, it, vi } from 'vitest';

import { loadJob, parseJob } from './index.js';

// This file loads the HCL parser for the first time in its worker under fake timers: the
// parser's start polls with the global setTimeout and its Go runtime reads the global clocks.
describe('loading a job under fake timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not hang when fake timers are installed before the parser has loaded', async () => {
    vi.useFakeTimers({ now: 0 });

    const { spec } = await loadJob(
      new URL('../../examples/mock.nomad.hcl', import.meta.url).pathname,
    );

    expect(spec.name).toBe('mock');
    expect(Date.now()).toBe(0);
  });

  it('leaves no timer of its own on the fake clock', async () => {
    vi.useFakeTimers();

    for (let i = 0; i < 20; i++) {
      await parseJob(
        `job "j${i}" {\n  group "g" {\n    task "t" {\n      driver = "mock_driver"\n    }\n  }\n}\n`,
      );
    }

    expect(vi.getTimerCount()).toBe(0);
  });

  it('puts the fake timers back after each parse', async () => {
    vi.useFakeTimers();
    const fakeSetTimeout = globalThis.setTimeout;

    await expect(parseJob('job "j" {')).rejects.toThrow(/Unclosed configuration block/);

    expect(globalThis.setTimeout).toBe(fakeSetTimeout);
  });
});
