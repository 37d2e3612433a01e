import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MockDriver } from './mock-driver.js';
import { planKill } from './kill-plan.js';

// Durations up to 10 s, in ns, often round and sometimes zero or negative (which count as 0).
const duration = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 10_000_000_000 }),
  fc.constantFrom(0, 1, 500_000_000, 1_000_000_000),
);
const stream = fc.record({
  text: fc.constantFrom('', 'x', 'line\n'),
  repeat: fc.integer({ min: -2, max: 6 }),
  every: duration,
});
const stop = fc.option(fc.record({ after: duration, timeout: duration, killAfter: duration }), {
  nil: undefined,
});

// When a stream's last write is due: never for an empty text.
function lastWrite(text: string, repeat: number, every: number): number {
  return text === '' ? 0 : Math.max(0, repeat) * Math.max(0, every);
}

describe('the exit time', () => {
  it('is always the time the configuration implies, and the clock goes idle', async () => {
    await fc.assert(
      fc.asyncProperty(
        duration,
        stream,
        stream,
        duration,
        stop,
        async (runFor, out, err, pluginExitAfter, stopAt) => {
          const driver = new MockDriver();
          const config = {
            run_for: `${runFor}ns`,
            stdout_string: out.text,
            stdout_repeat: out.repeat,
            stdout_repeat_duration: `${out.every}ns`,
            stderr_string: err.text,
            stderr_repeat: err.repeat,
            stderr_repeat_duration: `${err.every}ns`,
            plugin_exit_after: `${pluginExitAfter}ns`,
            kill_after: `${stopAt?.killAfter ?? 0}ns`,
          };
          await driver.startTask({ id: 't', name: 't', config });

          const run = Math.max(0, runFor);
          const natural = Math.max(
            run,
            lastWrite(out.text, out.repeat, out.every),
            lastWrite(err.text, err.repeat, err.every),
          );
          const plugin = Math.max(0, pluginExitAfter);
          let expected = pluginExitAfter !== 0 && plugin <= run ? plugin : natural;

          if (stopAt !== undefined) {
            const after = Math.max(0, stopAt.after);
            await driver.clock.advance(after);
            const plan = planKill(stopAt.killAfter, stopAt.timeout, 2, 0);
            if (after < expected) expected = Math.min(expected, after + plan.delay);
            void driver.stopTask('t', `${Math.max(0, stopAt.timeout)}ns`);
          }
          await driver.clock.runUntilIdle();

          expect(driver.inspectTask('t')).toMatchObject({ state: 'exited', completedAt: expected });
          expect(driver.clock.pending()).toEqual([]);
          expect(driver.output('t').stdoutWrites).toBeLessThanOrEqual(
            out.text === '' ? 0 : Math.max(0, out.repeat) + 1,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
