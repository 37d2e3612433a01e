import { describe, expect, it } from 'vitest';

import type { JobType } from '../config/index.js';
import { lines, runnerFixture } from './runner-fixture.js';

const S = 1e9;

/**
 * Runs one task to the end with a stop at `stopAt`; `stopFirst` schedules that stop before the
 * task exists (so before its exit timer), otherwise after the task has started. Answers the task's
 * events from the stop on, its end and what the driver saw.
 */
async function stopAt(
  jobType: JobType,
  input: Record<string, unknown>,
  at: number,
  stopFirst: boolean,
): Promise<{ events: string[]; end: unknown[]; driver: string[] }> {
  const { task, clock, driver } = runnerFixture({ jobType });
  let stop = (): void => undefined;
  if (stopFirst) clock.setTimer(at, () => stop());

  let eventsWhenDead = -1;
  const web = task(
    { name: 'web', ...input },
    {
      onStateChange: (changed) => {
        if (changed.state === 'dead') eventsWhenDead = changed.events.length;
      },
    },
  );
  stop = () => void web.stop();
  if (!stopFirst) {
    await clock.advance(0);
    clock.setTimer(at - clock.now, () => stop());
  }
  await clock.runUntilIdle();

  return {
    events: lines(web.events).slice(3),
    end: [web.state, web.failed, eventsWhenDead === web.events.length],
    driver: driver.timeline.toArray().map((entry) => `${entry.type}: ${entry.message}`),
  };
}

describe('a stop that meets the task exiting by itself at the same instant', () => {
  it.each<[string, JobType]>([
    ['a batch task', 'batch'],
    ['a service task', 'service'],
  ])(
    'kills %s whose kill_after ends with its run: the natural exit, then Killed',
    async (_name, jobType) => {
      const run = await stopAt(
        jobType,
        { config: { run_for: '10s', kill_after: '5s' } },
        5 * S,
        false,
      );

      expect(run.events).toEqual([
        '5s Killing: Sent interrupt. Waiting 5s before force killing',
        '10s Terminated: Exit Code: 0',
        '10s Killed: Task successfully killed',
      ]);
      expect(run.end).toEqual(['dead', false, true]);
      expect(run.driver).toEqual([
        'StartTask: started',
        'StopTask: stop with SIGINT, timeout 5s',
        'Exited: exit code 0, signal 0',
        'DestroyTask: destroyed (forced)',
      ]);
    },
  );

  it('takes the natural exit over a force kill due at the same instant', async () => {
    const input = { kill_timeout: '5s', config: { run_for: '10s', kill_after: '1m' } };
    const run = await stopAt('batch', input, 5 * S, false);

    expect(run.events).toEqual([
      '5s Killing: Sent interrupt. Waiting 5s before force killing',
      '10s Terminated: Exit Code: 0',
      '10s Killed: Task successfully killed',
    ]);
    expect(run.end).toEqual(['dead', false, true]);
  });

  it.each<[string, boolean, string]>([
    ['scheduled before the task started: the stop signal ends it', true, 'Exit Code: 0, Signal: 2'],
    ['scheduled after the task started: its own exit ends it', false, 'Exit Code: 0'],
  ])('stops at the exit instant, %s', async (_name, stopFirst, terminated) => {
    for (const jobType of ['batch', 'service'] as const) {
      const run = await stopAt(jobType, { config: { run_for: '10s' } }, 10 * S, stopFirst);

      expect(run.events).toEqual([
        '10s Killing: Sent interrupt. Waiting 5s before force killing',
        `10s Terminated: ${terminated}`,
        '10s Killed: Task successfully killed',
      ]);
      expect(run.end).toEqual(['dead', false, true]);
    }
  });

  it.each<[JobType, string[]]>([
    ['batch', []],
    ['service', ['10s Restarting: Task restarting in 15.839683314s']],
  ])(
    'lets a %s task that exits as its shutdown_delay ends take the exit-during-the-delay path',
    async (jobType, after) => {
      const run = await stopAt(
        jobType,
        { shutdown_delay: '5s', config: { run_for: '10s' } },
        5 * S,
        false,
      );

      // The process's exit was scheduled before the delay: it comes first, so the task is
      // never marked killed and no StopTask is sent (NOMAD-REFERENCE §3.3 c, the edge case).
      expect(run.events).toEqual([
        '5s Killing: Sent interrupt. Waiting 5s before force killing',
        '5s Waiting for shutdown delay: Waiting for shutdown_delay of 5s before killing the task.',
        '10s Terminated: Exit Code: 0',
        ...after,
      ]);
      expect(run.end).toEqual(['dead', false, true]);
      expect(run.driver).toEqual([
        'StartTask: started',
        'Exited: exit code 0, signal 0',
        'DestroyTask: destroyed (forced)',
      ]);
    },
  );
});
