// A batch job whose leader does the work while a sidecar ships logs: when the leader is done,
// the sidecar is killed and the allocation completes.
import { expect, it } from 'vitest';
import '../matchers/vitest.js';

import { scenario } from '../src/index.js';

it('kills the sidecar when the leader finishes', async () => {
  const s = scenario();
  const job = s.job({
    name: 'nightly',
    type: 'batch',
    groups: [
      {
        name: 'report',
        tasks: [
          { name: 'build', leader: true, config: { run_for: '45s', stdout_string: 'done\n' } },
          { name: 'shipper', config: { run_for: '24h' } },
        ],
      },
    ],
  });
  const alloc = job.allocs['nightly.report[0]'];

  await s.runUntilIdle();

  expect(alloc?.tasks.build).toHaveTerminatedWith({ exitCode: 0 });
  expect(alloc?.tasks.shipper).toHaveEventSequence(
    'Started then Leader Task Dead at 45s then Killing then Killed at 45s',
  );
  expect(alloc?.status).toBe('complete');
});
