import { describe, expect, it } from 'vitest';
import {
  toNomadTaskEvent,
  toNomadTaskEventExactTime,
  toNomadTaskState,
  type TaskStateSummary,
} from './nomad-json.js';
import { ZERO_TIME } from './rfc3339-nano.js';
import { createTaskEvent, type TaskEventFields } from './task-event.js';
import type { TaskEventType } from './task-event-type.js';
import { Timeline } from './timeline.js';

const start = new Date('2024-05-01T12:00:00Z');
const startNs = 1_714_564_800_000_000_000n;

function event(type: TaskEventType, fields: TaskEventFields = {}, at = 0) {
  return createTaskEvent(type, fields, { task: 'web', alloc: 'demo.web[0]', at, start });
}

describe('toNomadTaskEvent', () => {
  it('writes every field of Nomad’s TaskEvent, unset ones as "", 0 or false', () => {
    expect(toNomadTaskEvent(event('Started'), start)).toStrictEqual({
      Type: 'Started',
      Time: 1_714_564_800_000_000_000,
      DisplayMessage: 'Task started by client',
      Details: {},
      Message: '',
      FailsTask: false,
      RestartReason: '',
      SetupError: '',
      DriverError: '',
      DriverMessage: '',
      ExitCode: 0,
      Signal: 0,
      KillReason: '',
      KillTimeout: 0,
      KillError: '',
      StartDelay: 0,
      DownloadError: '',
      ValidationError: '',
      DiskLimit: 0,
      FailedSibling: '',
      VaultError: '',
      TaskSignalReason: '',
      TaskSignal: '',
      GenericSource: '',
    });
  });

  it('mirrors the event’s fields into the deprecated top-level ones', () => {
    const terminated = toNomadTaskEvent(
      event('Terminated', { exitCode: 130, signal: 2, exitMessage: 'interrupted' }),
      start,
    );

    expect(terminated).toMatchObject({
      DisplayMessage: 'Exit Code: 130, Signal: 2, Exit Message: "interrupted"',
      Message: 'interrupted',
      ExitCode: 130,
      Signal: 2,
    });
  });

  it.each<[TaskEventType, TaskEventFields, Record<string, unknown>]>([
    [
      'Restarting',
      { startDelay: 15e9, restartReason: 'Restart within policy' },
      { StartDelay: 15e9, RestartReason: 'Restart within policy' },
    ],
    [
      'Not Restarting',
      { restartReason: 'Error was unrecoverable' },
      { FailsTask: true, RestartReason: 'Error was unrecoverable' },
    ],
    ['Killing', { killTimeout: 5e9 }, { KillTimeout: 5e9 }],
    ['Killing', { killReason: 'stop' }, { KillReason: 'stop' }],
    ['Killed', { killError: 'stuck' }, { KillError: 'stuck' }],
    ['Driver Failure', { driverError: 'boom' }, { DriverError: 'boom' }],
    ['Driver', { driverMessage: 'pulling' }, { DriverMessage: 'pulling' }],
    ['Failed Validation', { validationError: 'bad' }, { ValidationError: 'bad' }],
    ['Setup Failure', { setupError: 'no dir' }, { SetupError: 'no dir' }],
    ['Failed Artifact Download', { downloadError: '404' }, { DownloadError: '404' }],
    ['Sibling Task Failed', { failedSibling: 'db' }, { FailedSibling: 'db' }],
    [
      'Signaling',
      { taskSignal: 'SIGHUP', taskSignalReason: 'why' },
      { TaskSignal: 'SIGHUP', TaskSignalReason: 'why' },
    ],
    [
      'Task Setup',
      { setupMessage: 'Building Task Directory' },
      { Message: 'Building Task Directory' },
    ],
    ['Task hook failed', { eventMessage: 'hook: err' }, { Message: 'hook: err' }],
  ])('writes a %s event’s fields', (type, fields, expected) => {
    expect(toNomadTaskEvent(event(type, fields), start)).toMatchObject(expected);
  });

  it('sorts Details keys, as Go writes a map', () => {
    const details = toNomadTaskEvent(event('Terminated', { exitMessage: 'x' }), start).Details;

    expect(Object.keys(details)).toStrictEqual([
      'exit_code',
      'exit_message',
      'oom_killed',
      'signal',
    ]);
  });

  it('writes Time as unix nanoseconds, within 256 ns', () => {
    const at = 17_426_443_129;
    const time = toNomadTaskEvent(event('Started', {}, at), start).Time;
    const exact = startNs + BigInt(at);

    expect(BigInt(time) - exact).toBeGreaterThanOrEqual(-256n);
    expect(BigInt(time) - exact).toBeLessThanOrEqual(256n);
  });

  it('gives the exact time as a decimal string', () => {
    expect(toNomadTaskEventExactTime(event('Started', {}, 17_426_443_129), start)).toBe(
      '1714564817426443129',
    );
    expect(toNomadTaskEventExactTime({ at: 1 }, new Date(0))).toBe('1');
  });
});

describe('toNomadTaskState', () => {
  const dead: TaskStateSummary = {
    state: 'dead',
    failed: true,
    restarts: 2,
    lastRestart: 45_000_000_001,
    startedAt: 45_500_000_000,
    finishedAt: 60_000_000_000,
  };

  it('writes Nomad’s TaskState with RFC 3339 UTC times', () => {
    const state = toNomadTaskState(dead, [event('Received')], { start });

    expect(state).toStrictEqual({
      State: 'dead',
      Failed: true,
      Restarts: 2,
      LastRestart: '2024-05-01T12:00:45.000000001Z',
      StartedAt: '2024-05-01T12:00:45.5Z',
      FinishedAt: '2024-05-01T12:01:00Z',
      Events: [toNomadTaskEvent(event('Received'), start)],
      Paused: '',
    });
  });

  it('writes the zero time for times never set', () => {
    const state = toNomadTaskState({ state: 'pending', failed: false, restarts: 0 }, [], {
      start,
    });

    expect(state).toMatchObject({
      LastRestart: ZERO_TIME,
      StartedAt: ZERO_TIME,
      FinishedAt: ZERO_TIME,
      Events: [],
    });
  });

  describe('caps the events like Nomad', () => {
    const timeline = new Timeline({ start });
    const second = 1_000_000_000;
    for (let index = 0; index < 11; index++) timeline.append(event('Started', {}, index * second));

    it('keeps the last 10 by default', () => {
      const times = toNomadTaskState(dead, timeline, { start }).Events.map((item) => item.Time);

      expect(times).toHaveLength(10);
      expect(times[0]).toBe(Number(startNs + 1_000_000_000n));
    });

    it.each([
      [0, 0],
      [3, 3],
      [20, 11],
      [Infinity, 11],
    ])('keeps the last %s when asked (%s here)', (maxEvents, count) => {
      const state = toNomadTaskState(dead, timeline, { start, maxEvents });

      expect(state.Events).toHaveLength(count);
      expect(state.Events.at(-1)?.Time ?? null).toBe(
        count ? Number(startNs + 10_000_000_000n) : null,
      );
    });

    it('works on any iterable, not only arrays and timelines', () => {
      function* events() {
        yield* timeline;
      }
      const state = toNomadTaskState(dead, events(), { start, maxEvents: 4 });

      expect(state.Events).toStrictEqual(
        timeline
          .toArray()
          .slice(7)
          .map((item) => toNomadTaskEvent(item, start)),
      );
    });
  });

  it('refuses a maxEvents that is not a count', () => {
    expect(() =>
      toNomadTaskState(dead, [], { start, maxEvents: -1 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: maxEvents: -1 is not a count; expected an integer, 0 or more, or Infinity]`,
    );
  });
});
