// The README's "A first test", kept here word for word (imports aside) so it always works.
import { expect, it } from 'vitest';

import '../../matchers/vitest.js';
import { scenario } from '../../src/index.js';

it('restarts a crashing task once, then gives up', async () => {
  const s = scenario();
  const web = s.task({
    name: 'web',
    config: { run_for: '30s', exit_code: 1 },
    restart: { attempts: 1, delay: '5s' },
  });
  await s.runUntilIdle();
  expect(web).toHaveEventSequence(
    'Started then Terminated with exit code 1 then Restarting then Started then Not Restarting',
  );
  expect(web).toHaveFailed();
});

it('snapshots the timeline one event per line', async () => {
  const s = scenario();
  const web = s.task({
    name: 'web',
    config: { run_for: '30s', exit_code: 1 },
    restart: { attempts: 1, delay: '5s' },
  });
  await s.runUntilIdle();
  expect(web).toMatchInlineSnapshot(`
    MockTask "web" [
      0s              Received        Task received by client
      0s              Task Setup      Building Task Directory
      0s              Started         Task started by client
      30s             Terminated      Exit Code: 1
      30s             Restarting      Task restarting in 5.839683314s
      35.839683314s   Started         Task started by client
      1m5.839683314s  Terminated      Exit Code: 1
      1m5.839683314s  Not Restarting  Exceeded allowed attempts 1 in interval 30m0s and mode is "fail"
    ]
  `);
});
