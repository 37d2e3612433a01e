import { expect } from 'expect';
import { Bench } from 'tinybench';

import type { TaskEvent, Timeline } from '../../src/index.js';
import type { Library } from '../library.js';
import type { Figure } from '../report.js';

// `Not Restarting` comes last only, so both checks read the whole timeline.
const SENTENCE =
  'Received then Started then Terminated with exit code 1 then Restarting then Not Restarting';
const ITEMS = [
  'Received',
  'Started',
  { type: 'Terminated', exitCode: 1 },
  'Restarting',
  'Not Restarting',
];
const TYPES = ['Received', 'Started', 'Terminated', 'Restarting', 'Not Restarting'];

/**
 * Figure 3: `toHaveEventSequence` with a sentence (parser included) and with an item array, on a
 * 100,000-event timeline and on one ten times longer. Baseline: a bare loop finding the same five
 * types in order, the least any sequence check must do.
 */
export async function matcherFigures(library: Library, timeMs: number): Promise<Figure[]> {
  expect.extend(library.matchers.matchers);
  const small = await crashLoopTimeline(library, 100_000);
  const large = await crashLoopTimeline(library, 1_000_000);

  const bench = new Bench({ time: timeMs, warmupTime: timeMs / 4 });
  bench.add('sentence 100k', () => expect(small).toHaveEventSequence(SENTENCE));
  bench.add('items 100k', () => expect(small).toHaveEventSequence(ITEMS));
  bench.add('bare loop 100k', () => findTypes(small));
  bench.add('sentence 1M', () => expect(large).toHaveEventSequence(SENTENCE));
  bench.add('bare loop 1M', () => findTypes(large));
  await bench.run();

  const ms = new Map(
    bench.tasks.map((task) => {
      const result = task.result;
      if (result.state !== 'completed')
        throw new Error(`matcher bench ${task.name}: ${result.state}`);
      return [task.name, result.latency.p50];
    }),
  );
  const get = (name: string): number => ms.get(name) ?? Number.NaN;
  const growth = get('sentence 1M') / get('sentence 100k');

  return [
    {
      name: '3a. Matchers: toHaveEventSequence(sentence) on a 100,000-event timeline',
      value: get('sentence 100k'),
      unit: 'ms (median)',
      target: '< 20 ms, sentence and item array alike',
      pass: get('sentence 100k') < 20 && get('items 100k') < 20,
      baseline: { name: 'bare loop finding the same types in order', value: get('bare loop 100k') },
      notes: [`item array form: ${get('items 100k').toPrecision(3)} ms`],
    },
    {
      name: '3b. Matchers: cost of a 10x longer timeline (1,000,000 events)',
      value: growth,
      unit: 'x the 100k cost',
      target: '<= 15 x',
      pass: growth <= 15,
      baseline: {
        name: 'the bare loop, 1M over 100k',
        value: get('bare loop 1M') / get('bare loop 100k'),
      },
      notes: [`sentence on 1M events: ${get('sentence 1M').toPrecision(3)} ms`],
    },
  ];
}

/**
 * A timeline of `size` real events: one crash-looping task's events from a scenario, its
 * Terminated, Restarting, Started cycle repeated to length, and its final Not Restarting.
 */
async function crashLoopTimeline(library: Library, size: number): Promise<Timeline<TaskEvent>> {
  const s = library.core.scenario({ jobType: 'batch', seed: 7 });
  const task = s.task({
    name: 'web',
    config: { run_for: '1s', exit_code: 1 },
    restart: { attempts: 2, interval: '1h', delay: '1s', mode: 'fail' },
  });
  await s.runUntilIdle();
  const events = task.events.toArray();
  s.dispose();

  const head = events.slice(0, 3); // Received, Task Setup, Started
  const cycle = events.slice(3, 6); // Terminated, Restarting, Started
  const tail = events.slice(-2); // Terminated, Not Restarting
  const timeline = new library.core.Timeline<TaskEvent>({ seed: 7, start: s.start });
  const add = (event: TaskEvent): void =>
    timeline.append({ ...event, at: timeline.length * 1_000_000 });
  head.forEach(add);
  for (let i = 0; timeline.length < size - tail.length; i++)
    add(cycle[i % cycle.length] as TaskEvent);
  tail.forEach(add);
  return timeline;
}

function findTypes(timeline: Timeline<TaskEvent>): void {
  let next = 0;
  for (const event of timeline) {
    if (event.type === TYPES[next]) next++;
    if (next === TYPES.length) return;
  }
  throw new Error('bare loop: sequence not found');
}
