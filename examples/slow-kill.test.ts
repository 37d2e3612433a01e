// A task that takes 20 s to die while Nomad waits only kill_timeout = 5s: it is force-killed.
import { expect, it } from 'vitest';
import '../matchers/vitest.js';

import { scenario } from '../src/index.js';

it('force-kills with signal 9 when kill_after outlives kill_timeout', async () => {
  const s = scenario();
  const redis = s.task({
    name: 'redis',
    kill_timeout: '5s',
    config: { run_for: '1h', kill_after: '20s', exit_code: 137 },
  });
  s.at('10s', () => redis.stop());

  await s.advance('1m');

  expect(redis).toHaveEventSequence(
    'Killing at 10s then Terminated with exit code 137 and signal 9 at 15s then Killed at 15s',
  );
  expect(redis).toBeDead();
});

it('lets a task that dies in time report its own signal', async () => {
  const s = scenario();
  const redis = s.task({
    name: 'redis',
    kill_timeout: '5s',
    config: { run_for: '1h', kill_after: '2s' },
  });
  await s.advance('10s');

  const stopping = redis.stop();
  await s.advance('2s');
  await stopping;

  expect(redis).toHaveTerminatedWith({ signal: 2 }); // SIGINT, the default kill_signal
});
