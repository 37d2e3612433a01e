import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { JobType } from '../config/index.js';
import { lines, runnerFixture } from './runner-fixture.js';
import type { TaskRunner } from './task-runner.js';

const S = 1e9;
const ms = (max: number): fc.Arbitrary<string> => fc.integer({ min: 0, max }).map((n) => `${n}ms`);

const taskInput = fc.record({
  name: fc.constant('web'),
  kill_timeout: ms(4000),
  shutdown_delay: ms(2000),
  config: fc.record({
    run_for: ms(5000),
    exit_code: fc.constantFrom(0, 1),
    exit_signal: fc.constantFrom(0, 9),
    start_block_for: ms(1000),
    start_error: fc.constantFrom('', '', '', 'boom'),
    start_error_recoverable: fc.boolean(),
    kill_after: ms(3000),
    stdout_string: fc.constantFrom('', 'x'),
    stdout_repeat: fc.integer({ min: 0, max: 3 }),
    stdout_repeat_duration: ms(1000),
  }),
  restart: fc
    .record({
      attempts: fc.integer({ min: 0, max: 3 }),
      interval: fc.constantFrom('5s', '20s'),
      delay: ms(1000),
      mode: fc.constantFrom('fail', 'delay'),
    })
    // Nomad refuses delay mode with 0 attempts as ambiguous.
    .map((policy) => (policy.attempts === 0 ? { ...policy, mode: 'fail' } : policy)),
});

const action = fc.record({
  at: fc.integer({ min: 0, max: 20_000 }).map((n) => n * 1e6),
  kind: fc.constantFrom('stop', 'restart', 'signal'),
});

const scenario = fc.record({
  jobType: fc.constantFrom<JobType>('service', 'batch'),
  seed: fc.integer({ min: 0, max: 1000 }),
  input: taskInput,
  actions: fc.array(action, { maxLength: 5 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Runs one random scenario to the end: actions at their times, then a stop at 30s. */
async function run(
  params: Scenario,
): Promise<{ task: TaskRunner; eventsWhenDead: number | undefined }> {
  const { task, clock } = runnerFixture({ jobType: params.jobType, seed: params.seed });
  let eventsWhenDead: number | undefined;
  const web: TaskRunner = task(params.input, {
    onStateChange: (changed) => {
      if (changed.state === 'dead') eventsWhenDead = changed.events.length;
    },
  });

  for (const { at, kind } of params.actions) {
    clock.setTimer(at, () => void web[kind]('SIGHUP').catch(() => undefined));
  }
  clock.setTimer(30 * S, () => void web.stop());
  await clock.runUntilIdle();
  return { task: web, eventsWhenDead };
}

describe('the task runner on random configs and actions', () => {
  it('keeps Nomad invariants on every timeline', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (params) => {
        const { task, eventsWhenDead } = await run(params);
        const events = task.events.toArray();

        expect(events[0]?.type).toBe('Received');
        expect(events.slice(1).some((event) => event.type === 'Received')).toBe(false);
        for (const [index, event] of events.entries()) {
          if (event.type === 'Killed') {
            expect(events.slice(0, index).some((before) => before.type === 'Killing')).toBe(true);
          }
        }
        expect(task.restarts).toBe(events.filter((event) => event.type === 'Restarting').length);
        expect(task.state).toBe('dead');
        expect(eventsWhenDead).toBe(events.length);
        expect(events.map((event) => event.at)).toEqual(
          [...events.map((event) => event.at)].sort((a, b) => a - b),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same timeline for the same seed', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (params) => {
        const first = await run(params);
        const second = await run(params);
        expect(lines(second.task.events)).toEqual(lines(first.task.events));
      }),
      { numRuns: 50 },
    );
  });
});
