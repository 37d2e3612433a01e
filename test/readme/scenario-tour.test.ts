// The README's "What a scenario gives you" block, run as written (a real job file for its path).
import { expect, it } from 'vitest';

import '../../matchers/vitest.js';
import { loadJob, scenario, type TaskSpecInput } from '../../src/index.js';

it('runs the tour of the scenario API', async () => {
  const s = scenario({ seed: 7, jobType: 'service' });
  const web = s.task({ name: 'web', config: { run_for: '30s' }, kill_timeout: '5s' });
  await s.advance('10s');
  const stopped = web.stop();
  await s.advance('5s');
  await stopped;

  expect([web.state, web.failed, web.restarts, web.stdout]).toEqual(['dead', false, 0, '']);
  expect(web.toNomad().Events.map((event) => event.Type)).toEqual([
    'Received',
    'Task Setup',
    'Started',
    'Killing',
    'Terminated',
    'Killed',
  ]);

  const api = s.group({ name: 'api', tasks: [{ name: 'server', leader: true }, { name: 'log' }] });
  const job = s.job(await loadJob('examples/mock.nomad.hcl'));
  s.at('45s', () => job.stop());
  const terminated = await s.until(job.allocs['mock.group[0]']!.tasks['task']!, 'Terminated', {
    within: '1m',
  });

  // Made at 15s, started at 16s after start_block_for: its natural exit at 46s comes before the
  // stop's kill_after of 3s would end it at 48s.
  expect(terminated.at).toBe(46e9);
  expect(Object.keys(api.tasks)).toEqual(['server', 'log']);
});

it('checks inputs typed with TaskSpecInput', () => {
  const input = { config: { run_for: '1s' } } satisfies TaskSpecInput;

  expect(scenario().task(input).name).toBe('task');
});
