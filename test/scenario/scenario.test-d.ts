import { describe, expectTypeOf, it } from 'vitest';

import {
  parseJob,
  scenario,
  type GroupSpecInput,
  type JobSpecInput,
  type LoadedJob,
  type MockAlloc,
  type MockJob,
  type MockTask,
  type TaskEvent,
  type TaskEventType,
  type TaskSpecInput,
} from '../../src/index.js';

const s = scenario();
declare const web: MockTask;

describe('s.task()', () => {
  it('takes a partial jobspec task, or nothing', () => {
    expectTypeOf(s.task).parameter(0).toEqualTypeOf<TaskSpecInput | undefined>();
    expectTypeOf(s.task).returns.toEqualTypeOf<MockTask>();
    expectTypeOf(s.task).toBeCallableWith();
    expectTypeOf(s.task).toBeCallableWith({
      name: 'web',
      config: { run_for: '30s', exit_code: 1, stdout_string: 'hi' },
      restart: { attempts: 2, interval: '5m', delay: 1000, mode: 'delay' },
      kill_timeout: '5s',
      leader: true,
    });
  });

  it('refuses unknown keys and values of the wrong type', () => {
    // @ts-expect-error -- a typo in a key
    s.task({ nme: 'web' });
    // @ts-expect-error -- a typo in a config key
    s.task({ config: { exit_cod: 1 } });
    // @ts-expect-error -- no such restart mode
    s.task({ restart: { mode: 'sometimes' } });
    // @ts-expect-error -- an exit code is a number
    s.task({ config: { exit_code: '1' } });
  });
});

describe('s.group()', () => {
  it('takes a partial jobspec group', () => {
    expectTypeOf(s.group).parameter(0).toEqualTypeOf<GroupSpecInput>();
    expectTypeOf(s.group).returns.toEqualTypeOf<MockAlloc>();
    expectTypeOf(s.group).toBeCallableWith({ name: 'api', tasks: [{ name: 'web' }, {}] });
  });

  it('refuses a group without its tasks, or with a bad one', () => {
    // @ts-expect-error -- tasks is required
    s.group({ name: 'api' });
    // @ts-expect-error -- a typo in a task key
    s.group({ tasks: [{ leadr: true }] });
  });
});

describe('s.job()', () => {
  it('takes a partial jobspec job or what loadJob()/parseJob() resolved with', () => {
    expectTypeOf(s.job).parameter(0).toEqualTypeOf<JobSpecInput | LoadedJob>();
    expectTypeOf(s.job).returns.toEqualTypeOf<MockJob>();
    expectTypeOf(s.job).toBeCallableWith({ name: 'web', type: 'batch', groups: [{ tasks: [{}] }] });
    expectTypeOf(s.job).toBeCallableWith({} as Awaited<ReturnType<typeof parseJob>>);
  });

  it('refuses a job of an unknown type', () => {
    // @ts-expect-error -- no such job type
    s.job({ type: 'cron', groups: [{ tasks: [{}] }] });
  });
});

describe('s.until()', () => {
  it('takes a task and an event type, or a predicate', () => {
    expectTypeOf(s.until).toBeCallableWith(web, 'Terminated');
    expectTypeOf(s.until).toBeCallableWith(web, 'Restarting', { within: '1m' });
    expectTypeOf(s.until).toBeCallableWith((event: TaskEvent) => event.type === 'Started');
    expectTypeOf(s.until(web, 'Started')).resolves.toEqualTypeOf<TaskEvent>();
  });

  it("types the event type as one of Nomad's", () => {
    const type: TaskEventType = 'Killed';
    void s.until(web, type);
    // @ts-expect-error -- a typo in the event type
    void s.until(web, 'Terminatd');
  });
});

describe('MockTask.signal()', () => {
  it('takes a signal name or number, as the driver does', () => {
    expectTypeOf(web.signal).parameter(0).toEqualTypeOf<string | number>();
    expectTypeOf(web.signal).toBeCallableWith('SIGHUP');
    expectTypeOf(web.signal).toBeCallableWith(15);
    // @ts-expect-error -- not a signal
    void web.signal(true);
  });
});
