import { describe, expect, it } from 'vitest';
import { createTaskEvent, type TaskEventFields } from './task-event.js';
import { TASK_EVENT_TYPES, type TaskEventType } from './task-event-type.js';

const place = { task: 'web', alloc: 'demo.web[0]', at: 0, start: new Date(0) };

function event(type: TaskEventType, fields: TaskEventFields = {}) {
  return createTaskEvent(type, fields, place);
}

describe('display message and Details of every event type', () => {
  it.each<[TaskEventType, TaskEventFields, string, Record<string, string>]>([
    ['Received', {}, 'Task received by client', {}],
    [
      'Task Setup',
      { setupMessage: 'Building Task Directory' },
      'Building Task Directory',
      { message: 'Building Task Directory' },
    ],
    ['Started', {}, 'Task started by client', {}],
    [
      'Terminated',
      { exitCode: 0, signal: 9, exitMessage: 'error on exit' },
      'Exit Code: 0, Signal: 9, Exit Message: "error on exit"',
      { exit_code: '0', signal: '9', oom_killed: 'false', exit_message: 'error on exit' },
    ],
    [
      'Restarting',
      { startDelay: 17_426_443_129, restartReason: 'Restart within policy' },
      'Task restarting in 17.426443129s',
      { start_delay: '17426443129', restart_reason: 'Restart within policy' },
    ],
    [
      'Not Restarting',
      { restartReason: 'Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"' },
      'Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"',
      {
        restart_reason: 'Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"',
        fails_task: 'true',
      },
    ],
    [
      'Killing',
      { killTimeout: 5_000_000_000 },
      'Sent interrupt. Waiting 5s before force killing',
      { kill_timeout: '5s' },
    ],
    ['Killed', {}, 'Task successfully killed', {}],
    [
      'Driver Failure',
      { driverError: 'start failed' },
      'start failed',
      { driver_error: 'start failed' },
    ],
    [
      'Failed Validation',
      { validationError: 'failed to parse config: bad' },
      'failed to parse config: bad',
      { validation_error: 'failed to parse config: bad' },
    ],
    ['Setup Failure', { setupError: 'no disk' }, 'no disk', { setup_error: 'no disk' }],
    ['Downloading Artifacts', {}, 'Client is downloading artifacts', {}],
    ['Failed Artifact Download', { downloadError: '404' }, '404', { download_error: '404' }],
    [
      'Sibling Task Failed',
      { failedSibling: 'web' },
      `Task's sibling "web" failed`,
      { failed_sibling: 'web' },
    ],
    ['Signaling', { signalName: 'SIGUSR1' }, 'Task being sent a signal', { signal: 'SIGUSR1' }],
    [
      'Restart Signaled',
      { restartReason: 'User requested task to restart' },
      'User requested task to restart',
      { restart_reason: 'User requested task to restart' },
    ],
    ['Driver', { driverMessage: 'pulling' }, 'pulling', { driver_message: 'pulling' }],
    ['Leader Task Dead', {}, 'Leader Task in Group dead', {}],
    ['Main Tasks Dead', {}, 'Main tasks in the group died', {}],
    ['Reconnected', {}, 'Client reconnected', {}],
    [
      'Task hook failed',
      { eventMessage: 'artifacts: boom' },
      'artifacts: boom',
      { message: 'artifacts: boom' },
    ],
    ['Task hook message', { eventMessage: 'hello' }, 'hello', { message: 'hello' }],
    [
      'Failed Restoring Task',
      {},
      'failed to restore task; will not run until server is contacted',
      {},
    ],
    ['Disk Resources Exceeded', { eventMessage: 'full' }, 'full', { message: 'full' }],
    ['Plugin became unhealthy', { eventMessage: 'gone' }, 'gone', { message: 'gone' }],
    ['Plugin became healthy', { eventMessage: 'back' }, 'back', { message: 'back' }],
    [
      'Waiting for shutdown delay',
      { shutdownDelay: 5_000_000_000 },
      'Waiting for shutdown_delay of 5s before killing the task.',
      {},
    ],
    [
      'Skipping shutdown delay',
      { shutdownDelay: 90_000_000_000 },
      'Skipping shutdown_delay of 1m30s before killing the task.',
      {},
    ],
  ])('%s shows its message and Details', (type, fields, message, details) => {
    const made = event(type, fields);

    expect(made.message).toBe(message);
    expect(made.details).toStrictEqual(details);
  });

  it('covers every type of the list', () => {
    const seen = new Set(TASK_EVENT_TYPES.map((type) => event(type).type));

    expect(seen.size).toBe(TASK_EVENT_TYPES.length);
  });
});

describe('default messages when the event carries no text', () => {
  it.each<[TaskEventType, string]>([
    ['Not Restarting', 'Task exceeded restart policy'],
    ['Killing', 'Sent interrupt'],
    ['Driver Failure', 'Failed to start task'],
    ['Failed Validation', 'Validation of task failed'],
    ['Setup Failure', 'Task setup failed'],
    ['Failed Artifact Download', 'Failed to download artifacts'],
    ['Sibling Task Failed', "Task's sibling failed"],
    ['Signaling', 'Task being sent a signal'],
    ['Restart Signaled', 'Task signaled to restart'],
    ['Driver', ''],
    ['Task hook message', ''],
    ['Waiting for shutdown delay', 'Waiting for shutdown_delay of 0s before killing the task.'],
  ])('%s shows %j', (type, message) => {
    expect(event(type).message).toBe(message);
  });
});

describe('Terminated', () => {
  it.each<[TaskEventFields, string]>([
    [{}, 'Exit Code: 0'],
    [{ exitCode: 1 }, 'Exit Code: 1'],
    [{ exitCode: 1, signal: 0 }, 'Exit Code: 1'],
    [{ exitCode: 137, signal: 9 }, 'Exit Code: 137, Signal: 9'],
    [{ exitCode: 255 }, 'Exit Code: 255'],
    [{ exitCode: 256 }, 'Exit Code: 256'],
    [{ exitCode: 2, exitMessage: '' }, 'Exit Code: 2'],
    [{ exitCode: 130, exitMessage: 'boom' }, 'Exit Code: 130, Exit Message: "boom"'],
    [
      { exitMessage: 'say "hi"\nbye\t\\' },
      'Exit Code: 0, Exit Message: "say \\"hi\\"\\nbye\\t\\\\"',
    ],
    [
      { exitCode: -1, signal: 15, exitMessage: 'é' },
      'Exit Code: -1, Signal: 15, Exit Message: "é"',
    ],
  ])('with %j shows %s', (fields, message) => {
    expect(event('Terminated', fields).message).toBe(message);
  });

  it('always carries exit_code, signal and oom_killed, and exit_message only when non-empty', () => {
    expect(event('Terminated', { exitMessage: '' }).details).toStrictEqual({
      exit_code: '0',
      signal: '0',
      oom_killed: 'false',
    });
    expect(event('Terminated', { oomKilled: true, exitMessage: 'oom' }).details).toStrictEqual({
      exit_code: '0',
      signal: '0',
      oom_killed: 'true',
      exit_message: 'oom',
    });
  });
});

describe('Restarting', () => {
  it.each<[TaskEventFields, string]>([
    [{}, 'Task restarting in 0s'],
    [{ startDelay: 15_000_000_000 }, 'Task restarting in 15s'],
    [{ startDelay: 1 }, 'Task restarting in 1ns'],
    [{ startDelay: 15_000_000_000, restartReason: '' }, 'Task restarting in 15s'],
    [
      { startDelay: 15_000_000_000, restartReason: 'Restart within policy' },
      'Task restarting in 15s',
    ],
    [
      { startDelay: 584_500_000_000, restartReason: 'Exceeded allowed attempts, applying a delay' },
      'Exceeded allowed attempts, applying a delay - Task restarting in 9m44.5s',
    ],
  ])('with %j shows %s', (fields, message) => {
    expect(event('Restarting', fields).message).toBe(message);
  });

  it('carries restart_reason even when empty', () => {
    expect(event('Restarting', {}).details).toStrictEqual({ start_delay: '0', restart_reason: '' });
  });
});

describe('Killing', () => {
  it.each<[TaskEventFields, string]>([
    [
      { killReason: 'allocation exceeded max_run_duration', killTimeout: 5e9 },
      'allocation exceeded max_run_duration',
    ],
    [{ killTimeout: 30_000_000_000 }, 'Sent interrupt. Waiting 30s before force killing'],
    [{ killTimeout: 0 }, 'Sent interrupt'],
    [{}, 'Sent interrupt'],
  ])('with %j shows %s', (fields, message) => {
    expect(event('Killing', fields).message).toBe(message);
  });

  it('writes kill_timeout as a Go duration', () => {
    expect(event('Killing', { killTimeout: 1_500_000_000 }).details).toStrictEqual({
      kill_timeout: '1.5s',
    });
  });
});

describe('Signaling', () => {
  it.each<[TaskEventFields, string]>([
    [{}, 'Task being sent a signal'],
    [{ taskSignalReason: 'template re-rendered' }, 'template re-rendered'],
    [{ taskSignal: 'SIGHUP' }, 'Task being sent signal SIGHUP'],
    [
      { taskSignal: 'SIGHUP', taskSignalReason: 'template re-rendered' },
      'Task being sent signal SIGHUP: template re-rendered',
    ],
  ])('with %j shows %s', (fields, message) => {
    expect(event('Signaling', fields).message).toBe(message);
  });

  it('keeps a user API signal name in Details only', () => {
    const made = event('Signaling', { signalName: 'SIGHUP' });

    expect(made.details).toStrictEqual({ signal: 'SIGHUP' });
    expect(made.taskSignal).toBeUndefined();
  });
});

describe('preset display messages', () => {
  it('win over the computed message', () => {
    const made = event('Killing', { displayMessage: 'custom', killTimeout: 5e9 });

    expect(made.message).toBe('custom');
    expect(made).not.toHaveProperty('displayMessage');
    expect(made.details).toStrictEqual({ kill_timeout: '5s' });
  });
});
