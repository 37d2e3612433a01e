// A supervisor written in the test drives the scenario's driver and simply awaits it:
// autoAdvance moves virtual time whenever only waiting is left.
import { expect, it } from 'vitest';
import '../matchers/vitest.js';

import { scenario, type MockDriver } from '../src/index.js';

// The code under test: start a task, restart it after a 1 s back-off until it succeeds.
async function supervise(driver: MockDriver, config: object, maxStarts: number): Promise<number> {
  for (let start = 1; ; start++) {
    const id = `job-${start}`;
    await driver.startTask({ id, name: 'job', config });
    const exit = await driver.waitTask(id);
    if (exit.successful || start === maxStarts) return start;
    await driver.clock.sleep(1e9);
  }
}

it('gives up after three failed starts', async () => {
  const s = scenario({ autoAdvance: true });

  const starts = await supervise(s.driver, { run_for: '10s', exit_code: 1 }, 3);

  expect(starts).toBe(3);
  expect(s.now).toBe(32e9); // 10 s run, 1 s back-off, 10 s, 1 s, 10 s
  expect(s.driver.timeline).toHaveEventCount('StartTask', 3);
  expect(s.driver.timeline).toHaveEventSequence('Exited with exit code 1 at 32s');
});
