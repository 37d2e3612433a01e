// A service that crashes two seconds after every start, until its restart policy gives up.
import { expect, it } from 'vitest';
import '../matchers/vitest.js';

import { scenario } from '../src/index.js';

it('fails once the crash loop exhausts the restart policy', async () => {
  const s = scenario();
  const api = s.task({
    name: 'api',
    config: { run_for: '2s', exit_code: 1, exit_err_msg: 'panic: connection refused' },
    restart: { attempts: 2, interval: '5m', delay: '5s', mode: 'fail' },
  });

  await s.runUntilIdle();

  expect(api).toHaveRestarted(2);
  expect(api).toHaveFailed();
  expect(api).toHaveTerminatedWith({ exitCode: 1, message: 'panic: connection refused' });
  expect(api).toHaveEventSequence(
    'Terminated then Restarting then Terminated then Restarting then Terminated then Not Restarting',
  );
  expect(api.events.last()?.message).toBe(
    'Exceeded allowed attempts 2 in interval 5m0s and mode is "fail"',
  );
});
