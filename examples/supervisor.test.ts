import { describe, expect, it } from 'vitest';

import { MockDriver, VirtualClock } from '../src/index.js';

const s = 1_000_000_000; // virtual time counts nanoseconds

// The code under test: a tiny supervisor that restarts a failing task after a 1 s back-off,
// at most twice, and stops it gracefully on request.
class Supervisor {
  restarts = 0;
  stopping = false;

  constructor(readonly driver: MockDriver) {}

  async run(id: string, config: object): Promise<void> {
    for (;;) {
      await this.driver.startTask({ id, name: id, config });
      const exit = await this.driver.waitTask(id);
      if (exit.successful || this.stopping || this.restarts === 2) return;
      this.restarts += 1;
      await this.driver.clock.sleep(1 * s);
    }
  }

  async stop(id: string): Promise<void> {
    this.stopping = true;
    await this.driver.stopTask(id, '5s', 'SIGTERM');
  }
}

describe('a supervisor tested with MockDriver', () => {
  it('restarts a crashing task until its budget is spent', async () => {
    const supervisor = new Supervisor(new MockDriver({ clock: new VirtualClock() }));
    const clock = supervisor.driver.clock;

    const done = supervisor.run('web', { run_for: '10s', exit_code: 1 });
    await clock.runUntilIdle(); // 32 s of virtual time, in microseconds
    await done;

    expect(supervisor.restarts).toBe(2);
    expect(clock.now).toBe(32 * s); // 10 s run, 1 s back-off, 10 s, 1 s, 10 s
  });

  it('stops a task that takes 2 s to die', async () => {
    const supervisor = new Supervisor(new MockDriver());
    const { driver } = supervisor;
    const done = supervisor.run('api', { run_for: '1h', kill_after: '2s' });

    await driver.clock.advance(5 * s);
    const stopped = supervisor.stop('api');
    await driver.clock.runUntilIdle();
    await Promise.all([stopped, done]);

    const exit = await driver.waitTask('api');
    expect([driver.clock.now, exit.signal, supervisor.restarts]).toEqual([7 * s, 15, 0]);
  });
});
