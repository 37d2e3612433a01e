import { describe, expect, it } from 'vitest';

import { renderAllocStatus } from './alloc-status.js';
import { START, event } from './test-events.test-helper.js';
import type { TaskView } from './views.js';

const crashing: TaskView = {
  name: 'web',
  state: 'dead',
  restarts: 1,
  lastRestart: 2e9,
  startedAt: 17_426_443_129,
  finishedAt: 19_426_443_129,
  events: [
    event('Received', 0),
    event('Task Setup', 0, { setupMessage: 'Building Task Directory' }),
    event('Started', 0),
    event('Terminated', 2e9, { exitCode: 1 }),
    event('Restarting', 2e9, { startDelay: 15_426_443_129, restartReason: '' }),
    event('Started', 17_426_443_129),
    event('Terminated', 19_426_443_129, { exitCode: 1, exitMessage: 'boom' }),
    event('Not Restarting', 19_426_443_129, { restartReason: 'Exceeded allowed attempts 1' }),
  ],
};

const pending: TaskView = {
  name: 'sidecar',
  state: 'pending',
  restarts: 0,
  lastRestart: undefined,
  startedAt: undefined,
  finishedAt: undefined,
  events: [],
};

describe('renderAllocStatus', () => {
  it('shows the allocation, then each task with its times and events newest first', () => {
    const text = renderAllocStatus(
      { name: 'job.group[0]', status: 'failed', tasks: { web: crashing, sidecar: pending } },
      { start: START },
    );

    expect(text).toMatchInlineSnapshot(`
      "Name          = job.group[0]
      Client Status = failed

      ==> Task "web" is "dead"
      Task Events:
      Started At     = 2026-01-01T00:00:17Z
      Finished At    = 2026-01-01T00:00:19Z
      Total Restarts = 1
      Last Restart   = 2026-01-01T00:00:02Z

      Recent Events:
      Time                  Type            Description
      2026-01-01T00:00:19Z  Not Restarting  Exceeded allowed attempts 1
      2026-01-01T00:00:19Z  Terminated      Exit Code: 1, Exit Message: "boom"
      2026-01-01T00:00:17Z  Started         Task started by client
      2026-01-01T00:00:02Z  Restarting      Task restarting in 15.426443129s
      2026-01-01T00:00:02Z  Terminated      Exit Code: 1
      2026-01-01T00:00:00Z  Started         Task started by client
      2026-01-01T00:00:00Z  Task Setup      Building Task Directory
      2026-01-01T00:00:00Z  Received        Task received by client

      ==> Task "sidecar" is "pending"
      Task Events:
      Started At     = N/A
      Finished At    = N/A
      Total Restarts = 0
      Last Restart   = N/A

      Recent Events:
      Time  Type  Description"
    `);
  });

  it('shows only the newest maxEvents events', () => {
    const text = renderAllocStatus(
      { name: 'a', status: 'failed', tasks: { web: crashing } },
      { start: START, maxEvents: 2 },
    );

    expect(text.split('\n').slice(-3)).toStrictEqual([
      'Time                  Type            Description',
      '2026-01-01T00:00:19Z  Not Restarting  Exceeded allowed attempts 1',
      '2026-01-01T00:00:19Z  Terminated      Exit Code: 1, Exit Message: "boom"',
    ]);
  });

  it('styles the task headings with the heading option', () => {
    const text = renderAllocStatus(
      { name: 'a', status: 'pending', tasks: { sidecar: pending } },
      { start: START, heading: (line) => `<b>${line}</b>` },
    );

    expect(text).toContain('<b>==> Task "sidecar" is "pending"</b>');
  });
});
