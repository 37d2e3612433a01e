// The runner-neutral entry under node:test with the standalone `expect` package:
// node --import tsx --test test/matchers/node/matchers.node.ts
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { anEvent, matchers, serializer } from '../../../matchers/index.js';
import { CRASH_LOOP, fakeTask, failureOf, timelineOf } from '../fixtures.js';

expect.extend(matchers);

const task = fakeTask(CRASH_LOOP);

describe('taskdouble/matchers with expect.extend', () => {
  it('passes and fails the sequence matchers', () => {
    expect(task).toHaveEventSequence(
      'Started then Terminated with exit code 1 then Started at 45s',
    );
    expect(task).not.toHaveEventSequence('Killed');
    assert.equal(
      failureOf(() => expect(task).toHaveEventSequence('Killing then Killed'))
        .split('\n')
        .slice(0, 4)
        .join('\n'),
      'expect(received).toHaveEventSequence(expected)\n\nExpected sequence: Killing then Killed\nMatched 0 of 2 items; item 1 is missing: Killing',
    );
  });

  it('passes and fails the lifecycle matchers', () => {
    expect(task).toBeDead();
    expect(task).toHaveRestarted(1);
    assert.equal(
      failureOf(() => expect(task).not.toBeDead()),
      'expect(received).not.toBeDead()\n\nExpected state: not "dead"\nReceived state: "dead"\n\nReceived value: task "web" (alloc "demo.web[0]"), scenario seed 7',
    );
  });

  it('matches with anEvent', () => {
    expect(timelineOf(CRASH_LOOP).toArray()).toContainEqual(
      anEvent('Terminated', { exitMessage: 'boom' }),
    );
  });

  it('serializes a timeline without a snapshot runner', () => {
    assert.equal(
      serializer.serialize(timelineOf(CRASH_LOOP.slice(0, 3)), { indent: '  ' }, ''),
      'Timeline [\n  0s  Received    Task received by client\n  0s  Task Setup  Building Task Directory\n  0s  Started     Task started by client\n]',
    );
  });
});
