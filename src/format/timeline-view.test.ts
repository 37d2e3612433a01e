import { describe, expect, it } from 'vitest';

import { event } from './test-events.test-helper.js';
import { eventLine, renderTimeline } from './timeline-view.js';

describe('renderTimeline', () => {
  it('lists lines by offset, keeping the given order within an instant', () => {
    const text = renderTimeline([
      eventLine(event('Received', 0)),
      eventLine(event('Started', 1_500_000, {}, 'api')),
      {
        at: 0,
        source: 'driver',
        name: 'mock_driver',
        type: 'Health',
        description: 'healthy: Healthy',
      },
      eventLine(event('Terminated', 90e9, { exitCode: 0, signal: 9 })),
    ]);

    expect(text).toMatchInlineSnapshot(`
      "Offset  Alloc         Task         Type        Description
      0s      job.group[0]  task         Received    Task received by client
      0s      driver        mock_driver  Health      healthy: Healthy
      1.5ms   job.group[0]  api          Started     Task started by client
      1m30s   job.group[0]  task         Terminated  Exit Code: 0, Signal: 9"
    `);
  });

  it('prints the header alone when nothing happened', () => {
    expect(renderTimeline([])).toBe('Offset  Alloc  Task  Type  Description');
  });

  it('takes a task event as its alloc, task, type and display message', () => {
    expect(eventLine(event('Started', 5, {}, 'web'))).toStrictEqual({
      at: 5,
      source: 'job.group[0]',
      name: 'web',
      type: 'Started',
      description: 'Task started by client',
    });
  });
});
