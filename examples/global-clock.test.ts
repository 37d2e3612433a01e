// With clock: 'global' the tasks run on Vitest's fake timers, so the code under test's own
// setTimeout calls and the mock tasks share one time (in whole milliseconds).
import { afterEach, expect, it, vi } from 'vitest';
import '../matchers/vitest.js';

import { scenario } from '../src/index.js';

afterEach(() => {
  vi.useRealTimers();
});

// The code under test: gives a task 5 s to finish, then stops it.
function deadline(task: { state: string; stop(): Promise<void> }): void {
  setTimeout(() => {
    if (task.state === 'running') void task.stop();
  }, 5000);
}

it('stops a task that outlives its deadline', async () => {
  vi.useFakeTimers(); // first: 'global' drives this clock
  const s = scenario({ clock: 'global', jobType: 'batch' });
  const slow = s.task({ name: 'slow', config: { run_for: '1m', kill_after: '1s' } });
  deadline(slow);

  await vi.advanceTimersByTimeAsync(10_000); // or s.advance('10s'): the same clock

  expect(slow).toHaveEventSequence('Started then Killing at 5s then Killed at 6s');
});
