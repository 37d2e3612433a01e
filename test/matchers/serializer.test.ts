import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { serializer } from '../../matchers/index.js';
import { CRASH_LOOP, fakeOwner, fakeTask, timelineOf } from './fixtures.js';

describe('the timeline serializer', () => {
  it('prints a task as one event per line, columns padded', () => {
    expect(fakeTask(CRASH_LOOP)).toMatchInlineSnapshot(`
      MockTask "web" [
        0s   Received    Task received by client
        0s   Task Setup  Building Task Directory
        0s   Started     Task started by client
        30s  Terminated  Exit Code: 1, Exit Message: "boom"
        30s  Restarting  Task restarting in 15s
        45s  Started     Task started by client
      ]
    `);
  });

  it('names the task when the value holds several, and the alloc when several allocs', () => {
    const twoTasks = timelineOf([
      ['0s', 'Started', { task: 'web' }],
      ['1.5s', 'Started', { task: 'sidecar' }],
    ]);
    const twoAllocs = timelineOf([
      ['0s', 'Started', { alloc: 'demo.web[0]' }],
      ['1m30s', 'Killed', { alloc: 'demo.web[1]' }],
    ]);
    expect({ twoTasks, twoAllocs: fakeOwner('job', twoAllocs) }).toMatchInlineSnapshot(`
      {
        "twoAllocs": MockJob "demo" [
          0s     demo.web[0]/web  Started  Task started by client
          1m30s  demo.web[1]/web  Killed   Task successfully killed
        ],
        "twoTasks": Timeline [
          0s    web      Started  Task started by client
          1.5s  sidecar  Started  Task started by client
        ],
      }
    `);
  });

  it('prints an empty timeline and event arrays', () => {
    expect([timelineOf([]), timelineOf([['0s', 'Received']]).toArray()]).toMatchInlineSnapshot(`
      [
        Timeline [],
        Events [
          0s  Received  Task received by client
        ],
      ]
    `);
  });

  it('leaves empty arrays and look-alike objects to the default printer', () => {
    expect(serializer.test([])).toBe(false);
    expect(serializer.test([{ type: 'Started', at: 0 }])).toBe(false);
    expect(serializer.test({ type: 'Started', at: 0, task: 'web' })).toBe(false);
  });

  it('prints one line in the printer’s min mode', () => {
    expect(
      serializer.serialize(timelineOf(CRASH_LOOP.slice(0, 2)), { indent: '', min: true }, ''),
    ).toMatchInlineSnapshot(
      `"Timeline [0s Received Task received by client, 0s Task Setup Building Task Directory]"`,
    );
  });
});
