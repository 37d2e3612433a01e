import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';

import { bareTickAsyncRate } from '../fake-timers-chains.js';
import { ROOT, type Library } from '../library.js';
import { addMixedTasks, BIG_RUN, countFiredTimers } from '../mixed-workload.js';
import { round, seconds, type Figure } from '../report.js';

/** One run of the mixed workload: what it fired and how long it took. */
export interface WorkloadRun {
  tasks: number;
  fired: number;
  events: number;
  createSeconds: number;
  runSeconds: number;
}

/** Runs `tasks` mixed tasks to completion in one scenario; only `runUntilIdle` counts as run time. */
export async function runMixedWorkload(library: Library, tasks: number): Promise<WorkloadRun> {
  const s = library.core.scenario(BIG_RUN);
  const fired = countFiredTimers(s);
  const createSeconds = await seconds(() => addMixedTasks(s, tasks));
  const runSeconds = await seconds(() => s.runUntilIdle());
  const run = { tasks, fired: fired(), events: s.timeline.length, createSeconds, runSeconds };
  s.dispose();
  return run;
}

/** Figure 1: timers fired per second on the mixed workload, against bare fake-timers `tickAsync`. */
export async function throughputFigure(
  library: Library,
  tasks: number,
  budgetMs: number,
): Promise<{ figure: Figure; run: WorkloadRun }> {
  // Warm both sides up, so neither pays for its first JIT compilation in the figure.
  await runMixedWorkload(library, 1000);
  await bareTickAsyncRate(1000, 6000);

  const run = await runMixedWorkload(library, tasks);
  const rate = run.fired / run.runSeconds;
  const bare = await bareTickAsyncRate(tasks, run.fired);
  const handMade = budgetMs > 0 ? await handMadeRate(tasks, budgetMs) : undefined;

  const figure: Figure = {
    name: `1. Throughput: ${tasks.toLocaleString('en-US')} mixed tasks to completion`,
    value: rate,
    unit: 'timers/s',
    target: '>= 0.5 x baseline',
    pass: rate >= 0.5 * bare,
    baseline: {
      name: 'bare @sinonjs/fake-timers tickAsync, same number of timers and chains',
      value: bare,
    },
    notes: [
      `${run.fired.toLocaleString('en-US')} timers fired, ${run.events.toLocaleString('en-US')} task events, run ${round(run.runSeconds)} s`,
      `creating the tasks: ${round((run.createSeconds / tasks) * 1e6)} us per task (not in the figure)`,
      handMade === undefined
        ? 'hand-made fake process on vi.useFakeTimers(): not measured (the vitest run failed)'
        : `hand-made fake process on vi.useFakeTimers(): ${round(handMade.rate)} timers/s${handMade.complete ? '' : ` (first ${round(handMade.elapsed)} s of the run)`}; taskdouble is ${round(rate / handMade.rate)} x that`,
    ],
  };
  return { figure, run };
}

const execFileAsync = promisify(execFile);

interface HandMadeResult {
  rate: number;
  elapsed: number;
  complete: boolean;
}

// `vi` exists only inside Vitest: run bench/vitest/hand-made.run.ts there and read its JSON.
async function handMadeRate(tasks: number, budgetMs: number): Promise<HandMadeResult | undefined> {
  const dir = mkdtempSync(`${tmpdir()}/taskdouble-bench-`);
  const out = `${dir}/hand-made.json`;
  try {
    await execFileAsync(
      process.execPath,
      [
        `${ROOT}node_modules/vitest/vitest.mjs`,
        'run',
        '--config',
        `${ROOT}bench/vitest/vitest.config.ts`,
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          BENCH_TASKS: String(tasks),
          BENCH_BUDGET_MS: String(budgetMs),
          BENCH_OUT: out,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      fired: number;
      elapsed: number;
      complete: boolean;
    };
    return {
      rate: result.fired / result.elapsed,
      elapsed: result.elapsed,
      complete: result.complete,
    };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
