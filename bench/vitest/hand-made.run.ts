// Run by bench/throughput (never by `npm test`): the mixed workload hand-made on vi.useFakeTimers().
// BENCH_TASKS sets the size, BENCH_BUDGET_MS the real time it may take (Vitest's bundled clock is
// slow with many timers, so a big run is measured over its first part); the result goes to the
// JSON file named by BENCH_OUT.
import { writeFileSync } from 'node:fs';
import { it, vi } from 'vitest';

import { counter, Supervisor, type FakeProcessSpec } from './hand-made-process.js';

// vi.useFakeTimers() fakes process.hrtime too: keep the real one.
const realNow = process.hrtime.bigint.bind(process.hrtime);

const NONE = { stdoutEvery: 0, stdoutRepeat: 0, stderrEvery: 0, stderrRepeat: 0, killAfter: 0 };
const OUTPUT: FakeProcessSpec = {
  ...NONE,
  runFor: 10_000,
  exitCode: 0,
  stdoutEvery: 1000,
  stdoutRepeat: 5,
  stderrEvery: 3000,
  stderrRepeat: 2,
};
const CRASH_LOOP: FakeProcessSpec = { ...NONE, runFor: 1000, exitCode: 1 };
const SLOW_KILL: FakeProcessSpec = { ...NONE, runFor: 60_000, exitCode: 0, killAfter: 2000 };

it('runs the mixed workload hand-made on vi.useFakeTimers()', async () => {
  const tasks = Number(process.env['BENCH_TASKS'] ?? '1000');
  vi.useFakeTimers({ loopLimit: 100_000_000 });

  const toStop: Supervisor[] = [];
  for (let i = 0; i < tasks; i++) {
    const kind = i % 3;
    if (kind === 0) new Supervisor(OUTPUT, 0, 0);
    else if (kind === 1) new Supervisor(CRASH_LOOP, 3, 1000);
    else toStop.push(new Supervisor(SLOW_KILL, 0, 0));
  }
  setTimeout(() => {
    counter.fired++;
    for (const supervisor of toStop) supervisor.stop();
  }, 5000);

  const budget = BigInt(Number(process.env['BENCH_BUDGET_MS'] ?? '20000') * 1e6);
  const start = realNow();
  while (vi.getTimerCount() > 0 && realNow() - start < budget) {
    // One timer per step: thousands are due at the same instant, and the budget must hold.
    await vi.advanceTimersToNextTimerAsync();
  }
  const elapsed = Number(realNow() - start) / 1e9;
  const complete = vi.getTimerCount() === 0;
  vi.useRealTimers();

  const out = process.env['BENCH_OUT'];
  const result = { tasks, fired: counter.fired, elapsed, complete };
  if (out !== undefined) writeFileSync(out, JSON.stringify(result));
});
