import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { createDriverEntry, Timeline, type DriverEntry } from '../../src/events/index.js';
import { CRASH_LOOP, START, fakeTask, failureOf } from './fixtures.js';

// A driver's timeline as the mock driver records a crash loop: start, exit 1, start again.
function driverTimeline(): Timeline<DriverEntry> {
  const timeline = new Timeline<DriverEntry>({ seed: 7, start: START });
  const place = (at: number) => ({ task: 'web', id: 'a1', at, start: START });
  timeline.append(createDriverEntry('StartTask', {}, place(0)));
  timeline.append(createDriverEntry('Exited', { exitCode: 1, signal: 0 }, place(30e9)));
  timeline.append(createDriverEntry('StartTask', {}, place(45e9)));
  return timeline;
}

const driver = driverTimeline();
const task = fakeTask(CRASH_LOOP);

describe("the driver's timeline", () => {
  it('is matched by driver entry types', () => {
    expect(driver).toHaveEvent('StartTask');
    expect(driver).toHaveEvent({ type: 'Exited', exitCode: 1 });
    expect(driver).toHaveEventCount('starttask', 2);
    expect(driver).toHaveEventSequence('StartTask then Exited then StartTask');
    expect(driver).toHaveEventSequence(['StartTask', { type: 'Exited', at: '30s' }]);
    expect(driver).not.toHaveEvent('StopTask');
    expect(driver).not.toHaveEventSequence('Exited then Exited');
  });

  it('refuses a task event type in toHaveEventCount, naming the driver entry it likely means', () => {
    expect(failureOf(() => expect(driver).toHaveEventCount('Started', 2))).toMatchInlineSnapshot(`
      "expect(received).toHaveEventCount(expected, count)

      taskdouble: toHaveEventCount: expected: "Started" is a task event type, and this is the driver's timeline (did you mean "StartTask"?); its entry types are StartTask, StartFailed, Stdout, Stderr, Exited, StopTask, SignalTask, ExecTask, DestroyTask, RecoverTask, PluginExited

      It takes an event type or a sentence of one item ('Terminated with exit code 1'), a partial event such as { type: 'Killed', at: '35s' }, or an asymmetric matcher such as anEvent('Started'), then a count (a whole number, 0 or more), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
  });

  it('refuses a task event type in toHaveEvent, under .not too', () => {
    expect(failureOf(() => expect(driver).toHaveEvent('Terminated'))).toMatchInlineSnapshot(`
      "expect(received).toHaveEvent(expected)

      taskdouble: toHaveEvent: expected: "Terminated" is a task event type, and this is the driver's timeline (did you mean "Exited"?); its entry types are StartTask, StartFailed, Stdout, Stderr, Exited, StopTask, SignalTask, ExecTask, DestroyTask, RecoverTask, PluginExited

      It takes an event type or a sentence of one item ('Terminated with exit code 1'), a partial event such as { type: 'Killed', at: '35s' }, or an asymmetric matcher such as anEvent('Started'), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
    expect(failureOf(() => expect(driver).not.toHaveEvent('Killed'))).toMatchInlineSnapshot(`
      "expect(received).not.toHaveEvent(expected)

      taskdouble: toHaveEvent: expected: "Killed" is a task event type, and this is the driver's timeline; its entry types are StartTask, StartFailed, Stdout, Stderr, Exited, StopTask, SignalTask, ExecTask, DestroyTask, RecoverTask, PluginExited

      It takes an event type or a sentence of one item ('Terminated with exit code 1'), a partial event such as { type: 'Killed', at: '35s' }, or an asymmetric matcher such as anEvent('Started'), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
  });

  it('refuses a task event type in a sequence of items, naming the item', () => {
    expect(
      failureOf(() => expect(driver).toHaveEventSequence(['StartTask', { type: 'Terminated' }])),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveEventSequence(expected)

      taskdouble: toHaveEventSequence: expected, item 2: "Terminated" is a task event type, and this is the driver's timeline (did you mean "Exited"?); its entry types are StartTask, StartFailed, Stdout, Stderr, Exited, StopTask, SignalTask, ExecTask, DestroyTask, RecoverTask, PluginExited

      It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
    expect(failureOf(() => expect(driver).not.toHaveEventSequence(['StartTask', 'Restarting'])))
      .toMatchInlineSnapshot(`
      "expect(received).not.toHaveEventSequence(expected)

      taskdouble: toHaveEventSequence: expected, item 2: "Restarting" is a task event type, and this is the driver's timeline; its entry types are StartTask, StartFailed, Stdout, Stderr, Exited, StopTask, SignalTask, ExecTask, DestroyTask, RecoverTask, PluginExited

      It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
  });

  it('refuses a task event type in a sentence', () => {
    expect(failureOf(() => expect(driver).toHaveEventSequence('StartTask then Started')))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveEventSequence(expected)

      taskdouble: toHaveEventSequence: expected, item 2: "Started" is a task event type, and this is the driver's timeline (did you mean "StartTask"?); its entry types are StartTask, StartFailed, Stdout, Stderr, Exited, StopTask, SignalTask, ExecTask, DestroyTask, RecoverTask, PluginExited

      It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
    expect(failureOf(() => expect(driver).toHaveExactEventSequence('Started then Terminated')))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveExactEventSequence(expected)

      taskdouble: toHaveExactEventSequence: expected, item 1: "Started" is a task event type, and this is the driver's timeline (did you mean "StartTask"?); its entry types are StartTask, StartFailed, Stdout, Stderr, Exited, StopTask, SignalTask, ExecTask, DestroyTask, RecoverTask, PluginExited

      It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
  });

  it('accepts any event type when empty, having no entries to tell it by', () => {
    const empty = new Timeline<DriverEntry>({ start: START });

    expect(empty).toHaveEventCount('StartTask', 0);
    expect(empty).not.toHaveEvent('StartTask');
    expect(empty).not.toHaveEventSequence('Started');
  });
});

describe('a task and its task events', () => {
  it('refuse a driver entry type, naming the task event it likely means', () => {
    expect(failureOf(() => expect(task).toHaveEventCount('StartTask', 2))).toMatchInlineSnapshot(`
      "expect(received).toHaveEventCount(expected, count)

      taskdouble: toHaveEventCount: expected: "StartTask" is a driver entry type, and task "web" (alloc "demo.web[0]") holds task events (did you mean "Started"?); their types are Received, Task Setup, Started, Terminated, Restarting, Not Restarting, Killing, Killed, Driver Failure, Failed Validation, Setup Failure, Downloading Artifacts, Failed Artifact Download, Sibling Task Failed, Signaling, Restart Signaled, Driver, Leader Task Dead, Main Tasks Dead, Reconnected, Task hook failed, Task hook message, Failed Restoring Task, Disk Resources Exceeded, Plugin became unhealthy, Plugin became healthy, Waiting for shutdown delay, Skipping shutdown delay

      It takes an event type or a sentence of one item ('Terminated with exit code 1'), a partial event such as { type: 'Killed', at: '35s' }, or an asymmetric matcher such as anEvent('Started'), then a count (a whole number, 0 or more), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
    expect(failureOf(() => expect(task.events).not.toHaveEventSequence('Started then Exited')))
      .toMatchInlineSnapshot(`
      "expect(received).not.toHaveEventSequence(expected)

      taskdouble: toHaveEventSequence: expected, item 2: "Exited" is a driver entry type, and the received timeline holds task events (did you mean "Terminated"?); their types are Received, Task Setup, Started, Terminated, Restarting, Not Restarting, Killing, Killed, Driver Failure, Failed Validation, Setup Failure, Downloading Artifacts, Failed Artifact Download, Sibling Task Failed, Signaling, Restart Signaled, Driver, Leader Task Dead, Main Tasks Dead, Reconnected, Task hook failed, Task hook message, Failed Restoring Task, Disk Resources Exceeded, Plugin became unhealthy, Plugin became healthy, Waiting for shutdown delay, Skipping shutdown delay

      It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
    expect(failureOf(() => expect(task).not.toHaveEvent('Stdout'))).toMatchInlineSnapshot(`
      "expect(received).not.toHaveEvent(expected)

      taskdouble: toHaveEvent: expected: "Stdout" is a driver entry type, and task "web" (alloc "demo.web[0]") holds task events; their types are Received, Task Setup, Started, Terminated, Restarting, Not Restarting, Killing, Killed, Driver Failure, Failed Validation, Setup Failure, Downloading Artifacts, Failed Artifact Download, Sibling Task Failed, Signaling, Restart Signaled, Driver, Leader Task Dead, Main Tasks Dead, Reconnected, Task hook failed, Task hook message, Failed Restoring Task, Disk Resources Exceeded, Plugin became unhealthy, Plugin became healthy, Waiting for shutdown delay, Skipping shutdown delay

      It takes an event type or a sentence of one item ('Terminated with exit code 1'), a partial event such as { type: 'Killed', at: '35s' }, or an asymmetric matcher such as anEvent('Started'), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
  });
});
