import type { MockTask, Scenario, TaskSpecInput } from '../src/index.js';

/** The three kinds of task in the mixed workload, one after the other. */
const OUTPUT = {
  config: {
    run_for: '10s',
    stdout_string: 'tick\n',
    stdout_repeat: 5,
    stdout_repeat_duration: '1s',
    stderr_string: 'warn\n',
    stderr_repeat: 2,
    stderr_repeat_duration: '3s',
  },
};
const CRASH_LOOP = {
  config: { run_for: '1s', exit_code: 1, exit_err_msg: 'boom' },
  restart: { attempts: 3, interval: '1m', delay: '1s', mode: 'fail' },
} satisfies TaskSpecInput;
const SLOW_KILL = { config: { run_for: '1m', kill_after: '2s' } };

/** Scenario options for a big run: room for every timer, no hang alarm on a long instant. */
export const BIG_RUN = { jobType: 'batch', limit: 100_000_000, hangTimeout: 600_000 } as const;

/**
 * Adds `count` mixed tasks to `s`: outputs with repeats, crash loops with restarts, and tasks
 * stopped at 5s that take `kill_after` to die. Run it with `s.runUntilIdle()`.
 */
export function addMixedTasks(s: Scenario, count: number): void {
  const toStop: MockTask[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 3;
    if (kind === 0) s.task({ name: `out-${i}`, ...OUTPUT });
    else if (kind === 1) s.task({ name: `crash-${i}`, ...CRASH_LOOP });
    else toStop.push(s.task({ name: `kill-${i}`, ...SLOW_KILL }));
  }
  s.at('5s', () => Promise.all(toStop.map((task) => task.stop())));
}

/**
 * Counts the timers the scenario's clock fires, by wrapping `setTimer` on the clock instance (the
 * driver and the runners share it); src/ has no counter of its own. Returns a reader.
 */
export function countFiredTimers(s: Scenario): () => number {
  let fired = 0;
  const clock = s.clock;
  const setTimer = clock.setTimer.bind(clock);
  clock.setTimer = (delay, callback, options) =>
    setTimer(
      delay,
      () => {
        fired++;
        callback();
      },
      options,
    );
  return () => fired;
}
