import { withGlobal } from '@sinonjs/fake-timers';
import * as timers from 'node:timers';

const fakeTimers = withGlobal({ ...timers, Date, Promise, queueMicrotask });

/**
 * The baseline of figures 1 and 6: bare @sinonjs/fake-timers firing a schedule of the same size as
 * the workload's. One chain of timers per task (so as many timers are pending at once as in the
 * workload), `timers` in all, each callback setting the next at a pseudo-random delay of 1 ms to
 * 2 s; `tickAsync` runs them to the end. Returns the timers fired per second.
 */
export async function bareTickAsyncRate(chains: number, timers: number): Promise<number> {
  const clock = fakeTimers.createClock(0);
  let fired = 0;
  let left = timers;
  let seed = 12345;
  const delay = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return 1 + (seed % 2000);
  };
  const step = (): void => {
    fired++;
    if (--left >= chains) clock.setTimeout(step, delay());
  };
  for (let i = 0; i < Math.min(chains, timers); i++) clock.setTimeout(step, delay());

  const start = process.hrtime.bigint();
  while (fired < timers) await clock.tickAsync(60_000);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return fired / elapsed;
}
