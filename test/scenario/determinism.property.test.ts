import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { scenario, type TaskSpecInput } from '../../src/index.js';

// A random task: a run time, an exit, optional output and kill delay, a restart policy.
const taskInput = fc.record({
  config: fc.record(
    {
      run_for: fc.integer({ min: 0, max: 60_000 }),
      exit_code: fc.integer({ min: 0, max: 3 }),
      kill_after: fc.integer({ min: 0, max: 10_000 }),
      stdout_string: fc.constantFrom('', 'out\n'),
      stdout_repeat: fc.integer({ min: 0, max: 3 }),
      stdout_repeat_duration: fc.integer({ min: 0, max: 5_000 }),
    },
    { requiredKeys: ['run_for'] },
  ),
  restart: fc.record(
    {
      attempts: fc.integer({ min: 0, max: 3 }),
      delay: fc.integer({ min: 0, max: 10_000 }),
      mode: fc.constant('fail'),
    },
    { requiredKeys: [] },
  ),
});

// A random action at a random offset on one of the tasks.
const action = fc.record({
  at: fc.integer({ min: 0, max: 90_000 }),
  task: fc.nat(),
  kind: fc.constantFrom('stop', 'restart', 'signal'),
});

type Plan = {
  seed: number;
  jobType: 'service' | 'batch';
  tasks: TaskSpecInput[];
  actions: { at: number; task: number; kind: 'stop' | 'restart' | 'signal' }[];
};

async function run(plan: Plan): Promise<string> {
  const s = scenario({ seed: plan.seed, jobType: plan.jobType });
  const tasks = plan.tasks.map((input) => s.task(input));
  for (const { at, task, kind } of plan.actions) {
    const target = tasks[task % tasks.length];
    if (target === undefined) continue;
    // Restarting or signalling a task that is not running rejects: part of the run, not a failure.
    s.at(at, () =>
      (kind === 'stop'
        ? target.stop()
        : kind === 'restart'
          ? target.restart()
          : target.signal('SIGHUP')
      ).catch((error: unknown) => (error as Error).message),
    );
  }

  await s.advance('2m');
  const text = JSON.stringify([s.timeline, s.driver.timeline, s.now]);
  s.dispose();
  return text;
}

describe('same seed, same timeline', () => {
  it('holds over random task configs and actions, run alone or concurrently', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer(),
          jobType: fc.constantFrom('service' as const, 'batch' as const),
          tasks: fc.array(taskInput, { minLength: 1, maxLength: 4 }),
          actions: fc.array(action, { maxLength: 5 }),
        }),
        async (plan) => {
          const first = await run(plan);
          const [second, third] = await Promise.all([run(plan), run(plan)]);
          expect([second, third]).toEqual([first, first]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
