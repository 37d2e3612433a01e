// Profiles one figure's measured work only (not the build or the baselines) and prints the
// functions with the most self time:  node --import tsx bench/profile.ts throughput|per-test [size]
import { writeFileSync, mkdtempSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';

import { expect } from 'expect';

import { buildLibrary, ROOT } from './library.js';
import { addMixedTasks, BIG_RUN } from './mixed-workload.js';

const [what = 'throughput', size = '3000'] = process.argv.slice(2);
const library = await buildLibrary();
const { scenario } = library.core;
expect.extend(library.matchers.matchers);

const workloads: Record<string, () => Promise<void>> = {
  throughput: async () => {
    const s = scenario(BIG_RUN);
    addMixedTasks(s, Number(size));
    await s.runUntilIdle();
  },
  'per-test': async () => {
    for (let i = 0; i < Number(size); i++) {
      const s = scenario({ jobType: 'batch' });
      const task = s.task({ config: { run_for: '30s' } });
      await s.runUntilIdle();
      expect(task).toHaveEventSequence('Started then Terminated with exit code 0');
      s.dispose();
    }
  },
};
const workload = workloads[what];
if (workload === undefined) throw new Error(`profile: unknown workload ${what}`);

await workload(); // warm up
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
await workload();
const { profile } = await session.post('Profiler.stop');

const dir = mkdtempSync(`${tmpdir()}/taskdouble-profile-`);
writeFileSync(`${dir}/${what}.cpuprofile`, JSON.stringify(profile));
console.log(
  execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}bench/profile-top.ts`, dir, '30'], {
    encoding: 'utf8',
  }),
);
