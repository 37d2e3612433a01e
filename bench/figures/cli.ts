import { spawnSync } from 'node:child_process';

import { CLI_SOURCE, ROOT, type Library } from '../library.js';
import { median, missing, round, type Figure } from '../report.js';

const NAME = '5. CLI: taskdouble run examples/mock.nomad.hcl, whole process';
const TARGET = '< 600 ms wall';

/**
 * Figure 5: the wall time of `taskdouble run` on the example job as a whole process (the bundled
 * CLI, as an installed bin runs it), median of `runs`. Baseline: `node -e 0`, the floor.
 */
export function cliFigure(library: Library, runs: number): Figure {
  if (library.cli === undefined) return missing(NAME, TARGET, `${CLI_SOURCE} does not exist yet`);

  const job = `${ROOT}examples/mock.nomad.hcl`;
  const bundled = wallMs([library.cli, 'run', job], runs);
  const floor = wallMs(['-e', '0'], runs);
  if (bundled === undefined) return missing(NAME, TARGET, `the CLI did not exit 0 on ${job}`);
  const viaTsx = wallMs(['--import', 'tsx', CLI_SOURCE, 'run', job], 1);

  return {
    name: NAME,
    value: bundled,
    unit: 'ms (median)',
    target: TARGET,
    pass: bundled < 600,
    baseline: { name: 'node -e 0', value: floor ?? Number.NaN },
    notes: [
      `${runs} runs of the tsdown bundle`,
      `from source via tsx (node --import tsx src/cli/main.ts): ${viaTsx === undefined ? 'failed' : `${round(viaTsx)} ms`}`,
    ],
  };
}

// The median real time of `node ...args`, or undefined if any run fails.
function wallMs(args: string[], runs: number): number | undefined {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' },
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) return undefined;
  }
  return median(times);
}
