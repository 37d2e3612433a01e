import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { CRASH_LOOP, fakeOwner, fakeTask, failureOf, timelineOf } from './fixtures.js';

describe('toBePending, toBeRunning, toBeDead', () => {
  it.each([
    ['pending', 'toBePending'],
    ['running', 'toBeRunning'],
    ['dead', 'toBeDead'],
  ] as const)('a %s task passes %s and fails the others', (state, passing) => {
    const task = fakeTask([], { state });
    for (const name of ['toBePending', 'toBeRunning', 'toBeDead'] as const) {
      if (name === passing) expect(task)[name]();
      else expect(task).not[name]();
    }
  });

  it.each([
    ['alloc', 'complete', 'toBeDead'],
    ['alloc', 'failed', 'toBeDead'],
    ['alloc', 'running', 'toBeRunning'],
    ['alloc', 'pending', 'toBePending'],
    ['job', 'dead', 'toBeDead'],
    ['job', 'running', 'toBeRunning'],
    ['job', 'pending', 'toBePending'],
  ] as const)('a %s with status %s passes %s and fails the others', (kind, status, passing) => {
    const owner = fakeOwner(kind, timelineOf([]), { status });
    for (const name of ['toBePending', 'toBeRunning', 'toBeDead'] as const) {
      if (name === passing) expect(owner)[name]();
      else expect(owner).not[name]();
    }
  });

  it("names a job's own dead status, not an alloc's", () => {
    expect(
      failureOf(() => expect(fakeOwner('job', timelineOf([]), { status: 'running' })).toBeDead()),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeDead()

      Expected status: "dead"
      Received status: "running"

      Received value: job "demo""
    `);
  });

  it('fails with the expected and received state', () => {
    expect(failureOf(() => expect(fakeTask(CRASH_LOOP, { state: 'dead' })).toBeRunning()))
      .toMatchInlineSnapshot(`
      "expect(received).toBeRunning()

      Expected state: "running"
      Received state: "dead"

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails under .not with its own wording', () => {
    expect(
      failureOf(() =>
        expect(fakeOwner('alloc', timelineOf([]), { status: 'failed' })).not.toBeDead(),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toBeDead()

      Expected status: not "complete" or "failed"
      Received status: "failed"

      Received value: alloc "demo.web[0]""
    `);
  });

  it('refuses a value without a lifecycle', () => {
    expect(failureOf(() => expect(timelineOf([])).toBeDead())).toMatchInlineSnapshot(`
      "expect(received).toBeDead()

      taskdouble: toBeDead: received a timeline, which is not a MockTask, an alloc or a job

      It takes no argument, and receives a MockTask, an alloc or a job."
    `);
  });
});

/** A job whose allocations have these client statuses, by name. */
function jobOf(statuses: Record<string, string>, status = 'dead'): Record<PropertyKey, unknown> {
  const allocs = Object.fromEntries(
    Object.entries(statuses).map(([name, alloc]) => [name, { name, status: alloc }]),
  );
  return fakeOwner('job', timelineOf([]), { status, allocs });
}

describe('toHaveFailed', () => {
  it('passes for a failed task or a failed alloc', () => {
    expect(fakeTask([], { failed: true })).toHaveFailed();
    expect(fakeOwner('alloc', timelineOf([]), { status: 'failed' })).toHaveFailed();
    expect(fakeTask([], { failed: false })).not.toHaveFailed();
  });

  it.each([
    [{ 'demo.web[0]': 'failed' }, true],
    [{ 'demo.web[0]': 'complete', 'demo.web[1]': 'failed' }, true],
    [{ 'demo.web[0]': 'complete', 'demo.api[0]': 'running' }, false],
    [{}, false],
  ])('passes for a job when one of its allocations failed: %j -> %s', (statuses, failed) => {
    if (failed) expect(jobOf(statuses)).toHaveFailed();
    else expect(jobOf(statuses)).not.toHaveFailed();
  });

  it('fails for a job none of whose allocations failed, with their statuses', () => {
    const job = jobOf({ 'demo.web[0]': 'complete', 'demo.api[0]': 'running' }, 'running');
    expect(failureOf(() => expect(job).toHaveFailed())).toMatchInlineSnapshot(`
      "expect(received).toHaveFailed()

      Expected failed allocations: at least one
      Received failed allocations: none ("demo.web[0]": complete, "demo.api[0]": running)

      Received value: job "demo""
    `);
  });

  it('fails under .not for a job, naming the failed allocations', () => {
    const job = jobOf({
      'demo.web[0]': 'failed',
      'demo.web[1]': 'complete',
      'demo.api[0]': 'failed',
    });
    expect(failureOf(() => expect(job).not.toHaveFailed())).toMatchInlineSnapshot(`
      "expect(received).not.toHaveFailed()

      Expected failed allocations: none
      Received failed allocations: "demo.web[0]", "demo.api[0]"

      Received value: job "demo""
    `);
  });

  it('fails for a task that did not fail', () => {
    expect(failureOf(() => expect(fakeTask([])).toHaveFailed())).toMatchInlineSnapshot(`
      "expect(received).toHaveFailed()

      Expected failed: true
      Received failed: false

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails under .not for a failed alloc', () => {
    expect(
      failureOf(() =>
        expect(fakeOwner('alloc', timelineOf([]), { status: 'failed' })).not.toHaveFailed(),
      ),
    ).toMatchInlineSnapshot(`
        "expect(received).not.toHaveFailed()

        Expected status: not "failed"
        Received status: "failed"

        Received value: alloc "demo.web[0]""
      `);
  });
});

describe('toHaveRestarted', () => {
  const task = fakeTask(CRASH_LOOP);

  it('passes for the exact count, or any restart without one', () => {
    expect(task).toHaveRestarted(1);
    expect(task).toHaveRestarted();
    expect(timelineOf(CRASH_LOOP)).toHaveRestarted(1);
    expect(fakeTask([])).not.toHaveRestarted();
  });

  it('fails with both counts', () => {
    expect(failureOf(() => expect(task).toHaveRestarted(2))).toMatchInlineSnapshot(`
      "expect(received).toHaveRestarted(times)

      Expected restarts: 2
      Received restarts: 1

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails under .not when the task restarted', () => {
    expect(failureOf(() => expect(task).not.toHaveRestarted())).toMatchInlineSnapshot(`
      "expect(received).not.toHaveRestarted()

      Expected restarts: 0
      Received restarts: 1

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('refuses a count that is not a whole number', () => {
    expect(failureOf(() => expect(task).toHaveRestarted(-1)).split('\n')[2]).toBe(
      'taskdouble: toHaveRestarted: times: -1 is not a whole number of restarts (0 or more)',
    );
  });
});

describe('toHaveWritten', () => {
  const task = fakeTask([], {
    stdout: 'hello\nhello\n',
    stdoutWrites: 2,
    stderr: '',
    stderrWrites: 0,
  });

  it.each([
    [{ stdout: 'hello\nhello\n' }],
    [{ stdout: /^hello$/m, stderr: 0 }],
    [{ stdout: 2, stderr: '' }],
  ])('passes for %j', (expected) => {
    expect(task).toHaveWritten(expected);
  });

  it('fails per stream, expected and received', () => {
    expect(failureOf(() => expect(task).toHaveWritten({ stdout: 'hello\n', stderr: 1 })))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveWritten(expected)

      Expected stdout: "hello
      "
      Received stdout: "hello
      hello
      "

      Expected stderr writes: 1
      Received stderr writes: 0

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails under .not when the output is as given', () => {
    expect(failureOf(() => expect(task).not.toHaveWritten({ stdout: /hello/ })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toHaveWritten(expected)

      Expected stdout: not matching /hello/
      Received stdout: "hello
      hello
      "

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it.each([
    [
      { stdot: 'x' },
      'expected.stdot: not an output stream (did you mean "stdout"?); use stdout or stderr',
    ],
    [
      { stdout: true },
      'expected.stdout: true is not a string, a RegExp or a whole number of writes',
    ],
    [{}, 'expected: give stdout, stderr or both'],
  ])('refuses %j', (expected, problem) => {
    expect(failureOf(() => expect(task).toHaveWritten(expected as never)).split('\n')[2]).toBe(
      `taskdouble: toHaveWritten: ${problem}`,
    );
  });

  it('refuses anything but a task', () => {
    expect(
      failureOf(() => expect(timelineOf([])).toHaveWritten({ stdout: '' })).split('\n')[2],
    ).toBe('taskdouble: toHaveWritten: received a timeline, which is not a MockTask');
  });
});
