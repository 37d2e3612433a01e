import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { Prng, VirtualClock } from '../clock/index.js';
import { parseGroupSpec, type JobType } from '../config/index.js';
import { MockDriver } from '../driver/index.js';
import { Timeline, type TaskEvent } from '../events/index.js';
import { AllocRunner } from './alloc-runner.js';
import { FIXTURE_START } from './runner-fixture.js';

const S = 1e9;
const KILL_CAUSES = new Set(['Sibling Task Failed', 'Leader Task Dead', 'Main Tasks Dead']);

// Whole seconds only, so that exits, kills and delays keep meeting at the same instants.
const seconds = (max: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max }).map((n) => `${n}s`);

const taskInput = fc.record({
  shutdown_delay: seconds(1),
  config: fc.record({
    run_for: seconds(2),
    exit_code: fc.constantFrom(0, 1),
    kill_after: seconds(2),
  }),
  restart: fc.record({
    attempts: fc.integer({ min: 0, max: 1 }),
    delay: seconds(1),
    mode: fc.constant('fail'),
  }),
});

const groupScenario = fc.record({
  jobType: fc.constantFrom<JobType>('service', 'batch'),
  tasks: fc.array(taskInput, { minLength: 2, maxLength: 3 }),
  /** The leader's index; none when it is past the last task. */
  leader: fc.integer({ min: 0, max: 4 }),
  stopAt: fc.constantFrom(undefined, 1, 2),
});

type GroupScenario = typeof groupScenario extends fc.Arbitrary<infer T> ? T : never;

/** Runs one group to the end, noting each event with its task's state when it was appended. */
async function run(
  params: GroupScenario,
): Promise<{ alloc: AllocRunner; appended: { event: TaskEvent; state: string }[] }> {
  const clock = new VirtualClock();
  const driver = new MockDriver({ clock, start: FIXTURE_START });
  const appended: { event: TaskEvent; state: string }[] = [];
  // Received comes while the allocation is being built, its tasks pending.
  let stateOf = (_task: string): string => 'pending';
  const spy = new (class extends Timeline {
    override append(event: TaskEvent): void {
      appended.push({ event, state: stateOf(event.task) });
      super.append(event);
    }
  })();

  const group = parseGroupSpec(
    {
      name: 'g',
      tasks: params.tasks.map((task, index) => ({
        name: `t${index}`,
        leader: index === params.leader,
        ...task,
      })),
    },
    { jobType: params.jobType },
  );
  const alloc = new AllocRunner({
    name: 'demo.g[0]',
    group,
    jobType: params.jobType,
    driver,
    clock,
    prng: new Prng(1),
    start: FIXTURE_START,
    timelines: [spy],
  });
  stateOf = (task) => alloc.tasks[task]?.state ?? 'pending';
  const { stopAt } = params;
  if (stopAt !== undefined) clock.setTimer(stopAt * S, () => void alloc.stop());
  // Services restart for ever: stop them all once the interesting instants are past.
  clock.setTimer(10 * S, () => void alloc.stop());
  await clock.runUntilIdle();
  return { alloc, appended };
}

describe('a group whose tasks end at the same instants', () => {
  it('never gives a task an event once it is dead, nor a kill cause without a kill', async () => {
    await fc.assert(
      fc.asyncProperty(groupScenario, async (params) => {
        const { alloc, appended } = await run(params);
        const leaderless = params.leader >= params.tasks.length;

        for (const runner of Object.values(alloc.tasks)) {
          expect(runner.state).toBe('dead');
          const own = appended.filter(({ event }) => event.task === runner.name);
          const types = own.map(({ event }) => event.type);

          // Only Not Restarting is appended with the task already dead: it makes it so.
          own.forEach(({ event, state }, index) => {
            if (state === 'dead') {
              expect([event.type, index]).toEqual(['Not Restarting', own.length - 1]);
            }
          });

          types.forEach((type, index) => {
            if (KILL_CAUSES.has(type)) {
              expect(types[index - 1]).not.toBe('Terminated');
              if (leaderless) expect(types[index + 1]).toBe('Killing');
            }
            if (type === 'Killed') expect(types.slice(0, index)).toContain('Killing');
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
