import { describe, expect, it } from 'vitest';

import type { JobType } from '../config/index.js';
import { Timeline, type TaskEvent } from '../events/index.js';
import { runnerFixture, taskLines } from './runner-fixture.js';

const S = 1e9;

const failing = { name: 'a', config: { run_for: '1s', exit_code: 1 }, restart: { attempts: 0 } };
const leader = { name: 'a', leader: true, config: { run_for: '1s' } };
const sibling = { name: 'b', config: { run_for: '1s' } };

describe("a task's end", () => {
  it.each<[string, JobType, Record<string, unknown>, string]>([
    [
      'Not Restarting',
      'batch',
      { config: { exit_code: 1 }, restart: { attempts: 0 } },
      'Not Restarting',
    ],
    ['Killed', 'batch', { config: { run_for: '1m' } }, 'Killed'],
    ['a successful exit', 'batch', {}, 'Terminated'],
  ])('is dead from the moment %s is decided', async (_name, jobType, input, last) => {
    const { task, clock } = runnerFixture({ jobType });
    const seen: string[] = [];
    let stateNow = (): string => 'pending';
    // A timeline that notes the task's state as each event reaches it.
    const spy = new (class extends Timeline {
      override append(event: TaskEvent): void {
        seen.push(`${event.type}: ${stateNow()}`);
        super.append(event);
      }
    })();
    const deadAt: string[] = [];
    const web = task(
      { name: 'web', ...input },
      {
        timelines: [spy],
        onStateChange: (changed) => {
          if (changed.state === 'dead') deadAt.push(changed.events.last()?.type ?? '');
        },
      },
    );
    stateNow = () => web.state;
    await clock.advance(S);
    void web.stop();
    await clock.runUntilIdle();

    expect(deadAt).toEqual([last]);
    expect(seen.at(-1)).toBe(`${last}: ${last === 'Not Restarting' ? 'dead' : 'running'}`);
  });
});

describe('two tasks of a group ending at the same instant', () => {
  it.each<[string, JobType, unknown[], string[], string]>([
    [
      'a failed task listed first kills its sibling before it sees its own exit',
      'batch',
      [failing, sibling],
      [
        '1s a Terminated: Exit Code: 1',
        '1s a Not Restarting: Policy allows no restarts',
        '1s b Sibling Task Failed: Task\'s sibling "a" failed',
        '1s b Killing: Sent interrupt. Waiting 5s before force killing',
        '1s b Terminated: Exit Code: 0',
        '1s b Killed: Task successfully killed',
      ],
      'failed',
    ],
    [
      'a failed task listed second finds its sibling already dead',
      'batch',
      [sibling, failing],
      [
        '1s b Terminated: Exit Code: 0',
        '1s a Terminated: Exit Code: 1',
        '1s a Not Restarting: Policy allows no restarts',
      ],
      'failed',
    ],
    [
      'a failed task listed first kills a service sibling before its restart',
      'service',
      [failing, sibling],
      [
        '1s a Terminated: Exit Code: 1',
        '1s a Not Restarting: Policy allows no restarts',
        '1s b Sibling Task Failed: Task\'s sibling "a" failed',
        '1s b Killing: Sent interrupt. Waiting 5s before force killing',
        '1s b Terminated: Exit Code: 0',
        '1s b Killed: Task successfully killed',
      ],
      'failed',
    ],
    [
      'a failed task listed second kills a service sibling in its restart delay',
      'service',
      [sibling, failing],
      [
        '1s b Terminated: Exit Code: 0',
        '1s b Restarting: Task restarting in 15.839683314s',
        '1s a Terminated: Exit Code: 1',
        '1s a Not Restarting: Policy allows no restarts',
        '1s b Sibling Task Failed: Task\'s sibling "a" failed',
        '1s b Killing: Sent interrupt. Waiting 5s before force killing',
      ],
      'failed',
    ],
    [
      'a leader listed first kills its follower before it sees its own exit',
      'batch',
      [leader, sibling],
      [
        '1s a Terminated: Exit Code: 0',
        '1s b Leader Task Dead: Leader Task in Group dead',
        '1s b Killing: Sent interrupt. Waiting 5s before force killing',
        '1s b Terminated: Exit Code: 0',
        '1s b Killed: Task successfully killed',
      ],
      'complete',
    ],
    [
      'a leader listed second finds its follower already dead',
      'batch',
      [sibling, leader],
      ['1s b Terminated: Exit Code: 0', '1s a Terminated: Exit Code: 0'],
      'complete',
    ],
  ])('%s (%s)', async (_name, jobType, tasks, expected, status) => {
    const { group, clock } = runnerFixture({ jobType });
    const alloc = group({ name: 'g', tasks });
    await clock.advance(S);

    expect(taskLines(alloc.events).slice(6)).toEqual(expected);
    await clock.runUntilIdle();
    expect(taskLines(alloc.events).slice(6)).toEqual(expected);
    expect([alloc.status, alloc.tasks.a?.state, alloc.tasks.b?.state]).toEqual([
      status,
      'dead',
      'dead',
    ]);
  });

  it('lets a follower that exits while the leader is being killed keep its own exit', async () => {
    const { group, clock } = runnerFixture({ jobType: 'batch' });
    const alloc = group({
      name: 'g',
      tasks: [
        { ...failing, name: 'c' },
        { name: 'a', leader: true, config: { run_for: '1h', kill_after: '2s' } },
        { name: 'b', config: { run_for: '3s' } },
      ],
    });
    await clock.runUntilIdle();

    // Nomad kills the others only once the leader is dead (NOMAD-REFERENCE §3.3 c). b's exit was
    // scheduled before the leader's kill: b ends by itself first and, dead by then, gets no Killing.
    expect(taskLines(alloc.events).slice(9)).toEqual([
      '1s c Terminated: Exit Code: 1',
      '1s c Not Restarting: Policy allows no restarts',
      '1s a Sibling Task Failed: Task\'s sibling "c" failed',
      '1s b Sibling Task Failed: Task\'s sibling "c" failed',
      '1s a Killing: Sent interrupt. Waiting 5s before force killing',
      '3s b Terminated: Exit Code: 0',
      '3s a Terminated: Exit Code: 0, Signal: 2',
      '3s a Killed: Task successfully killed',
    ]);
  });
});
