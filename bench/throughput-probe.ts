// Figure 1's workload in one warm process, round after round, with its ratio to the baseline; or
// profiled for time (--profile) or allocations (--allocations), the run only:
//   node --import tsx bench/throughput-probe.ts [tasks] [rounds] [--profile | --allocations]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';

import { bareTickAsyncRate } from './fake-timers-chains.js';
import { buildLibrary, ROOT } from './library.js';
import { runMixedWorkload } from './figures/throughput.js';
import { addMixedTasks, BIG_RUN } from './mixed-workload.js';

const profile = process.argv.includes('--profile');
const allocations = process.argv.includes('--allocations');
const [tasks = 3000, rounds = 4] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map(Number);
const library = await buildLibrary();
await runMixedWorkload(library, 1000);
await bareTickAsyncRate(1000, 6000);

if (allocations) {
  const s = library.core.scenario(BIG_RUN);
  addMixedTasks(s, tasks);
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await s.runUntilIdle();
  const { profile: heap } = await session.post('HeapProfiler.stopSampling');
  const bytes = new Map<string, number>();
  type Node = (typeof heap)['head'];
  const walk = (node: Node): void => {
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}`;
    const self = node.selfSize;
    bytes.set(key, (bytes.get(key) ?? 0) + self);
    for (const child of node.children) walk(child);
  };
  walk(heap.head);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled ${(total / 1e6).toFixed(1)} MB`);
  for (const [key, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(
      `${(size / 1e6).toFixed(2).padStart(8)} MB ${((100 * size) / total).toFixed(1).padStart(5)}%  ${key}`,
    );
  }
} else if (profile) {
  const s = library.core.scenario(BIG_RUN);
  addMixedTasks(s, tasks);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  await s.runUntilIdle();
  const { profile: result } = await session.post('Profiler.stop');
  const dir = mkdtempSync(`${tmpdir()}/runner-profile-`);
  writeFileSync(`${dir}/run.cpuprofile`, JSON.stringify(result));
  console.log(
    execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}bench/profile-top.ts`, dir, '40'], {
      encoding: 'utf8',
    }),
  );
} else {
  for (let round = 0; round < rounds; round++) {
    const cpu = process.cpuUsage();
    const run = await runMixedWorkload(library, tasks);
    const used = process.cpuUsage(cpu);
    console.log(
      `cpu ${((used.user + used.system) / 1e6).toFixed(3)} s for create+run ${(run.createSeconds + run.runSeconds).toFixed(3)} s wall`,
    );
    const rate = run.fired / run.runSeconds;
    const bare = await bareTickAsyncRate(tasks, run.fired);
    console.log(
      `fired ${run.fired}, ${((run.runSeconds / run.fired) * 1e6).toFixed(2)} us/timer, bare ${(1e6 / bare).toFixed(2)} us/timer, ratio ${(rate / bare).toFixed(3)}`,
    );
  }
}
