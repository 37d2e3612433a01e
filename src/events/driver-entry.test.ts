import { describe, expect, it } from 'vitest';
import {
  DRIVER_ENTRY_TYPES,
  createDriverEntry,
  type DriverEntryFields,
  type DriverEntryType,
} from './driver-entry.js';

const start = new Date('2024-05-01T12:00:00Z');
const place = { task: 'web', id: 'a1', at: 2_500_000_000, start };

describe('createDriverEntry', () => {
  it.each<[DriverEntryType, DriverEntryFields[DriverEntryType], string, Record<string, string>]>([
    ['StartTask', {}, 'started', {}],
    [
      'StartFailed',
      { error: 'start_error set', recoverable: false },
      'start failed: start_error set',
      { error: 'start_error set', recoverable: 'false' },
    ],
    [
      'StartFailed',
      { error: 'try again', recoverable: true },
      'start failed (recoverable): try again',
      { error: 'try again', recoverable: 'true' },
    ],
    ['Stdout', { text: 'hello\n' }, 'hello\n', { text: 'hello\n' }],
    ['Stderr', { text: 'oops' }, 'oops', { text: 'oops' }],
    [
      'Exited',
      { exitCode: 1, signal: 0 },
      'exit code 1, signal 0',
      { exit_code: '1', signal: '0' },
    ],
    [
      'Exited',
      { exitCode: 0, signal: 9, err: 'error on exit', oomKilled: true },
      'exit code 0, signal 9, OOM killed, error "error on exit"',
      { exit_code: '0', signal: '9', err: 'error on exit', oom_killed: 'true' },
    ],
    [
      'StopTask',
      { timeout: 5_000_000_000, killSignal: 'SIGINT' },
      'stop with SIGINT, timeout 5s',
      { timeout: '5s', kill_signal: 'SIGINT' },
    ],
    ['SignalTask', { signalName: 'SIGHUP' }, 'signal SIGHUP', { signal: 'SIGHUP' }],
    [
      'SignalTask',
      { signalName: 'SIGHUP', error: 'not allowed' },
      'signal SIGHUP failed: not allowed',
      { signal: 'SIGHUP', error: 'not allowed' },
    ],
    ['ExecTask', { command: ['ls', '-l'] }, 'exec ls -l', { command: 'ls -l' }],
    [
      'ExecTask',
      { command: ['showinput'], exitCode: 0 },
      'exec showinput, exit code 0',
      { exit_code: '0', command: 'showinput' },
    ],
    ['DestroyTask', { force: false }, 'destroyed', { force: 'false' }],
    ['DestroyTask', { force: true }, 'destroyed (forced)', { force: 'true' }],
    ['RecoverTask', {}, 'recovered', {}],
    ['PluginExited', {}, 'plugin exited', {}],
  ])('%s with %j reads %j', (type, fields, message, details) => {
    const entry = createDriverEntry(type, fields, place);

    expect(entry.message).toBe(message);
    expect(entry.details).toStrictEqual(details);
  });

  it('builds a plain object with the place, the time and the fields', () => {
    expect(createDriverEntry('Exited', { exitCode: 2, signal: 0 }, place)).toStrictEqual({
      type: 'Exited',
      task: 'web',
      id: 'a1',
      at: 2_500_000_000,
      time: new Date('2024-05-01T12:00:02.500Z'),
      message: 'exit code 2, signal 0',
      details: { exit_code: '2', signal: '0' },
      exitCode: 2,
      signal: 0,
    });
  });

  it('lists every entry type', () => {
    expect(DRIVER_ENTRY_TYPES).toHaveLength(11);
  });

  it('refuses an at that is not a time', () => {
    expect(() =>
      createDriverEntry('StartTask', {}, { ...place, at: -5 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: createDriverEntry: at: -5 is not a time; expected integer nanoseconds, 0 or more]`,
    );
  });
});
