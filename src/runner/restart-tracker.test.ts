import { describe, expect, it } from 'vitest';

import type { JobType, Lifecycle, RestartPolicy } from '../config/index.js';
import { RestartTracker, restartsOnSuccess } from './restart-tracker.js';

const S = 1e9;
const M = 60 * S;

const service: RestartPolicy = { attempts: 2, interval: 30 * M, delay: 15 * S, mode: 'fail' };

/** A jitter source that always answers the same fraction of its range. */
function fixedPrng(fraction: number): { int(max: number): number; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    int(max: number): number {
      calls.push(max);
      return Math.floor(max * fraction);
    },
  };
}

function tracker(
  policy: Partial<RestartPolicy> = {},
  options: { jobType?: JobType; lifecycle?: Lifecycle; now?: number; fraction?: number } = {},
): RestartTracker {
  return new RestartTracker({
    policy: { ...service, ...policy },
    jobType: options.jobType ?? 'service',
    lifecycle: options.lifecycle,
    now: options.now ?? 0,
    prng: fixedPrng(options.fraction ?? 0),
  });
}

const prestart: Lifecycle = { hook: 'prestart', sidecar: false };
const prestartSidecar: Lifecycle = { hook: 'prestart', sidecar: true };
const poststart: Lifecycle = { hook: 'poststart', sidecar: false };
const poststartSidecar: Lifecycle = { hook: 'poststart', sidecar: true };
const poststop: Lifecycle = { hook: 'poststop', sidecar: false };
const poststopSidecar: Lifecycle = { hook: 'poststop', sidecar: true };

describe('restartsOnSuccess', () => {
  it.each<[JobType, Lifecycle | undefined, boolean]>([
    ['service', undefined, true],
    ['system', undefined, true],
    ['batch', undefined, false],
    ['sysbatch', undefined, false],
    ['service', prestart, false],
    ['batch', prestartSidecar, true],
    ['service', poststart, false],
    ['sysbatch', poststartSidecar, true],
    ['service', poststop, false],
    ['service', poststopSidecar, false],
  ])('is %s with lifecycle %j: %s', (jobType, lifecycle, expected) => {
    expect(restartsOnSuccess(jobType, lifecycle)).toBe(expected);
  });
});

describe('RestartTracker decisions after an exit', () => {
  const jobTypes: JobType[] = ['service', 'system', 'batch', 'sysbatch'];
  const lifecycles: (Lifecycle | undefined)[] = [
    undefined,
    prestart,
    prestartSidecar,
    poststart,
    poststartSidecar,
    poststop,
  ];
  const rows = jobTypes.flatMap((jobType) =>
    lifecycles.flatMap((lifecycle) =>
      [0, 1].flatMap((exitCode) =>
        (['fail', 'delay'] as const).map((mode) => {
          const onSuccess = restartsOnSuccess(jobType, lifecycle);
          const expected =
            exitCode === 0 && !onSuccess
              ? {
                  kind: 'Terminated',
                  reason: 'Restart unnecessary as task terminated successfully',
                }
              : { kind: 'Restarting', reason: 'Restart within policy' };
          return { jobType, lifecycle, exitCode, mode, expected };
        }),
      ),
    ),
  );

  it.each(rows)(
    '$jobType $lifecycle exit $exitCode mode $mode: first exit is $expected.kind',
    ({ jobType, lifecycle, exitCode, mode, expected }) => {
      const t = tracker({ mode }, { jobType, ...(lifecycle && { lifecycle }) });
      t.setExitResult({ successful: exitCode === 0 });
      expect(t.decide(10 * S)).toMatchObject(expected);
    },
  );

  it.each([
    [
      'fail',
      'Not Restarting',
      'Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"',
      0,
    ],
    ['delay', 'Restarting', 'Exceeded allowed attempts, applying a delay', 30 * M - 3 * S],
  ] as const)('in mode %s answers %s once attempts are exceeded', (mode, kind, reason, delay) => {
    const t = tracker({ mode });
    for (const at of [1, 2]) {
      t.setExitResult({ successful: false });
      expect(t.decide(at * S).kind).toBe('Restarting');
    }
    t.setExitResult({ successful: false });
    expect(t.decide(3 * S)).toEqual({ kind, delay, reason });
  });

  it('counts a successful service exit as an attempt like a failure', () => {
    const t = tracker();
    const kinds = [1, 2, 3].map((at) => {
      t.setExitResult({ successful: true });
      return t.decide(at * S).kind;
    });
    expect(kinds).toEqual(['Restarting', 'Restarting', 'Not Restarting']);
  });
});

describe('RestartTracker with zero attempts', () => {
  it.each([
    ['batch', true, 'Terminated'],
    ['batch', false, 'Not Restarting'],
    ['service', true, 'Not Restarting'],
    ['service', false, 'Not Restarting'],
  ] as const)('answers %s exit successful=%s with %s', (jobType, successful, kind) => {
    const t = tracker({ attempts: 0 }, { jobType });
    t.setExitResult({ successful });
    expect(t.decide(S)).toEqual({ kind, delay: 0, reason: 'Policy allows no restarts' });
  });

  it('gives the zero-attempts reason before the unrecoverable one', () => {
    const t = tracker({ attempts: 0 });
    t.setStartError({ recoverable: false });
    expect(t.decide(0).reason).toBe('Policy allows no restarts');
  });
});

describe('RestartTracker after a start error', () => {
  it('does not restart an unrecoverable start error', () => {
    const t = tracker();
    t.setStartError({ recoverable: false });
    expect(t.decide(0)).toEqual({
      kind: 'Not Restarting',
      delay: 0,
      reason: 'Error was unrecoverable',
    });
  });

  it('restarts a recoverable start error within the policy, then gives up', () => {
    const t = tracker({ attempts: 1 });
    t.setStartError({ recoverable: true });
    expect(t.decide(0).kind).toBe('Restarting');
    t.setStartError({ recoverable: true });
    expect(t.decide(15 * S)).toMatchObject({
      kind: 'Not Restarting',
      reason: 'Exceeded allowed attempts 1 in interval 30m0s and mode is "fail"',
    });
  });
});

describe('RestartTracker flags', () => {
  it('answers Killed first, whatever else was recorded', () => {
    const t = tracker({ attempts: 0 });
    t.setExitResult({ successful: false });
    t.setRestartTriggered(false);
    t.setKilled();
    expect(t.decide(0)).toEqual({ kind: 'Killed', delay: 0, reason: '' });
  });

  it('restarts a user-triggered restart at once without using an attempt', () => {
    const t = tracker({ attempts: 0 });
    t.setExitResult({ successful: false });
    t.setRestartTriggered(false);
    expect(t.decide(0)).toEqual({ kind: 'Restarting', delay: 0, reason: '' });
    expect(t.count).toBe(0);
  });

  it('treats a failure-triggered restart as a failure that uses an attempt', () => {
    const t = tracker();
    t.setRestartTriggered(true);
    expect(t.decide(0).kind).toBe('Restarting');
    expect(t.count).toBe(1);
  });

  it('answers None when nothing was recorded', () => {
    expect(tracker().decide(0)).toEqual({ kind: 'None', delay: 0, reason: '' });
  });

  it('clears what was recorded once it has decided', () => {
    const t = tracker();
    t.setKilled();
    t.decide(0);
    t.setExitResult({ successful: false });
    expect(t.decide(0).kind).toBe('Restarting');
  });
});

describe('RestartTracker intervals', () => {
  it('starts the first interval when the tracker is created', () => {
    const t = tracker({ attempts: 1, interval: 10 * S, delay: 0 }, { now: 5 * S });
    t.setExitResult({ successful: false });
    t.decide(14 * S);
    t.setExitResult({ successful: false });
    expect(t.decide(14.5 * S).kind).toBe('Not Restarting');
  });

  it.each([
    ['just before the end', 10 * S - 1, 'Not Restarting', 2],
    ['exactly at the end', 10 * S, 'Restarting', 1],
    ['after the end', 10 * S + 1, 'Restarting', 1],
  ] as const)('a failure %s of the interval answers %s', (_, at, kind, count) => {
    const t = tracker({ attempts: 1, interval: 10 * S, delay: 0 });
    t.setExitResult({ successful: false });
    t.decide(0);
    t.setExitResult({ successful: false });
    expect(t.decide(at).kind).toBe(kind);
    expect(t.count).toBe(count);
  });

  it('waits in delay mode until the end of the interval, then opens a new one', () => {
    const t = tracker({ attempts: 1, interval: 10 * S, delay: 0, mode: 'delay' });
    t.setExitResult({ successful: false });
    t.decide(0);
    t.setExitResult({ successful: false });
    const wait = t.decide(4 * S);
    expect(wait).toEqual({
      kind: 'Restarting',
      delay: 6 * S,
      reason: 'Exceeded allowed attempts, applying a delay',
    });

    t.setExitResult({ successful: false });
    expect(t.decide(4 * S + wait.delay)).toMatchObject({ reason: 'Restart within policy' });
    expect(t.intervalStart).toBe(10 * S);
  });
});

describe('RestartTracker jitter', () => {
  it.each([
    ['the low end', 0, 15 * S],
    ['the middle', 0.5, 15 * S + Math.trunc(7.5 * S * 0.25)],
    ['the high end', 0.9999999999, 18.75 * S - 1],
  ])('adds a quarter of the random draw at %s', (_, fraction, delay) => {
    const t = tracker({}, { fraction });
    t.setExitResult({ successful: false });
    expect(t.decide(0).delay).toBe(delay);
  });

  it('draws from [0, delay) and turns a zero delay into 1 ns', () => {
    const prng = fixedPrng(0.5);
    const t = new RestartTracker({
      policy: { ...service, delay: 0 },
      jobType: 'service',
      now: 0,
      prng,
    });
    t.setExitResult({ successful: false });
    expect(t.decide(0).delay).toBe(1);
    expect(prng.calls).toEqual([1]);
  });
});
