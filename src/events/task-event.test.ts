import { describe, expect, it } from 'vitest';
import { createTaskEvent } from './task-event.js';

const start = new Date('2024-05-01T12:00:00Z');
const place = { task: 'web', alloc: 'demo.web[0]', at: 17_426_443_129, start };

describe('createTaskEvent', () => {
  it('builds a plain object with the documented fields', () => {
    const event = createTaskEvent('Terminated', { exitCode: 1 }, place);

    expect(event).toStrictEqual({
      type: 'Terminated',
      task: 'web',
      alloc: 'demo.web[0]',
      at: 17_426_443_129,
      time: new Date('2024-05-01T12:00:17.426Z'),
      message: 'Exit Code: 1',
      details: { exit_code: '1', signal: '0', oom_killed: 'false' },
      exitCode: 1,
      signal: 0,
      oomKilled: false,
    });
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
  });

  it('leaves unset fields absent', () => {
    const event = createTaskEvent('Started', {}, { ...place, at: 0 });

    expect(Object.keys(event)).toStrictEqual([
      'type',
      'task',
      'alloc',
      'at',
      'time',
      'message',
      'details',
    ]);
  });

  it('sets the fields Nomad always sets on Restarting and Not Restarting', () => {
    expect(createTaskEvent('Restarting', {}, place)).toMatchObject({
      startDelay: 0,
      restartReason: '',
    });
    expect(createTaskEvent('Not Restarting', {}, place)).toMatchObject({
      restartReason: '',
      failsTask: true,
      details: { restart_reason: '', fails_task: 'true' },
    });
  });

  it('lets an explicit undefined fall back to the default', () => {
    const event = createTaskEvent(
      'Terminated',
      { exitCode: undefined as unknown as number },
      place,
    );

    expect(event.exitCode).toBe(0);
  });

  it('computes time from the start and at, to the millisecond', () => {
    const event = createTaskEvent('Started', {}, { ...place, at: 1_999_999 });

    expect(event.time).toStrictEqual(new Date('2024-05-01T12:00:00.001Z'));
    expect(event.time).not.toBe(event.time);
  });

  it('computes each time from its own start when events of several starts coexist', () => {
    const other = new Date('2030-01-01T00:00:00Z');
    const first = createTaskEvent('Started', {}, { ...place, at: 2_000_000 });
    const second = createTaskEvent('Started', {}, { ...place, at: 2_000_000, start: other });

    expect(first.time).toStrictEqual(new Date('2024-05-01T12:00:00.002Z'));
    expect(second.time).toStrictEqual(new Date('2030-01-01T00:00:00.002Z'));
  });

  it('writes time as an ISO string in JSON', () => {
    const event = createTaskEvent('Received', {}, { ...place, at: 0 });

    expect(JSON.parse(JSON.stringify(event))).toStrictEqual({
      type: 'Received',
      task: 'web',
      alloc: 'demo.web[0]',
      at: 0,
      time: '2024-05-01T12:00:00.000Z',
      message: 'Task received by client',
      details: {},
    });
  });

  it('freezes Details and shares one empty Details object', () => {
    const received = createTaskEvent('Received', {}, place);
    const started = createTaskEvent('Started', {}, place);

    expect(Object.isFrozen(createTaskEvent('Terminated', {}, place).details)).toBe(true);
    expect(received.details).toBe(started.details);
  });

  it.each([
    [
      -1,
      'taskdouble: createTaskEvent: at: -1 is not a time; expected integer nanoseconds, 0 or more',
    ],
    [
      1.5,
      'taskdouble: createTaskEvent: at: 1.5 is not a time; expected integer nanoseconds, 0 or more',
    ],
    [
      NaN,
      'taskdouble: createTaskEvent: at: NaN is not a time; expected integer nanoseconds, 0 or more',
    ],
  ])('refuses at %s', (at, message) => {
    expect(() => createTaskEvent('Started', {}, { ...place, at })).toThrow(message);
  });

  it('refuses an invalid start', () => {
    expect(() =>
      createTaskEvent('Started', {}, { ...place, start: new Date(Number.NaN) }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: createTaskEvent: start: Invalid Date is not a valid Date]`,
    );
  });
});
