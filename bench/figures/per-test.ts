import { withGlobal } from '@sinonjs/fake-timers';
import { expect } from 'expect';
import * as timers from 'node:timers';
import { isDeepStrictEqual } from 'node:util';
import { Bench } from 'tinybench';

import type { Library } from '../library.js';
import type { Figure } from '../report.js';

const fakeTimers = withGlobal({ ...timers, Date, Promise, queueMicrotask });

/**
 * Figure 2: the median cost of one whole test: a scenario, one batch task with run_for 30s, run to
 * completion, one sequence check. Baseline: the same test hand-made on bare fake-timers (a clock,
 * a 30 s timer that records the exit, `runAllAsync`, an array comparison).
 */
export async function perTestFigure(library: Library, timeMs: number): Promise<Figure> {
  const { scenario } = library.core;
  expect.extend(library.matchers.matchers);

  const bench = new Bench({ time: timeMs, warmupTime: timeMs / 4 });
  bench.add('taskdouble', async () => {
    const s = scenario({ jobType: 'batch' });
    const task = s.task({ config: { run_for: '30s' } });
    await s.runUntilIdle();
    expect(task).toHaveEventSequence('Started then Terminated with exit code 0');
    s.dispose();
  });
  bench.add('bare fake-timers', async () => {
    const clock = fakeTimers.createClock(0);
    const events = ['Received', 'Started'];
    clock.setTimeout(() => events.push('Terminated'), 30_000);
    await clock.runAllAsync();
    if (!isDeepStrictEqual(events, ['Received', 'Started', 'Terminated']))
      throw new Error('bad events');
  });
  await bench.run();

  const [ours, bare] = bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed')
      throw new Error(`per-test bench ${task.name}: ${result.state}`);
    return { p50: result.latency.p50 * 1000, runs: result.latency.samplesCount };
  });
  if (ours === undefined || bare === undefined) throw new Error('per-test bench: no result');

  return {
    name: '2. Per-test cost: scenario + batch task run_for 30s + run to completion + one sequence check',
    value: ours.p50,
    unit: 'us (median)',
    target: '< 100 us',
    pass: ours.p50 < 100,
    baseline: { name: 'the same test hand-made on bare fake-timers runAllAsync', value: bare.p50 },
    notes: [
      `${ours.runs.toLocaleString('en-US')} runs (baseline ${bare.runs.toLocaleString('en-US')})`,
    ],
  };
}
