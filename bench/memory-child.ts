// Figure 4's measurement, in a fresh process so nothing else is on the heap:
// node --expose-gc --import tsx bench/memory-child.ts <tasks>   (prints one JSON line)
import type { MockTask } from '../src/index.js';
import { importLibrary } from './library.js';
import { BIG_RUN } from './mixed-workload.js';

const gc = globalThis.gc;
if (gc === undefined) throw new Error('memory-child: run node with --expose-gc');
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const count = Number(process.argv[2] ?? '100000');
const { core } = await importLibrary();

// Four events each: Received, Task Setup, Started, Terminated (batch, run_for 0).
const before = heap();
const s = core.scenario(BIG_RUN);
const tasks: MockTask[] = [];
for (let i = 0; i < count; i++) tasks.push(s.task({ name: `t${i}`, config: { run_for: 0 } }));
await s.runUntilIdle();
const retained = heap() - before;

const fourEvents = tasks.every((task) => task.state === 'dead' && task.events.length === 4);

// Baseline: the same events as plain objects, nothing else.
const beforeCopies = heap();
const copies = tasks.map((task) => task.events.toArray().map((event) => ({ ...event })));
const copiesRetained = heap() - beforeCopies;

console.log(
  JSON.stringify({
    count,
    fourEvents,
    perTask: retained / count,
    eventsOnlyPerTask: copiesRetained / count,
    kept: s.timeline.length + copies.length,
  }),
);
