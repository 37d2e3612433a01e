import { formatDuration } from '../duration/index.js';
import type { BusiestTask } from './describe-events.js';

/** Where the loop guard stopped a scenario, and what it saw in the run it stopped. */
export interface LimitStop {
  /** The awaited step the error is reported at, e.g. `s.runUntilIdle()`. */
  readonly step: string;
  /** True when an autoAdvance run between steps hit the limit, not `step` itself. */
  readonly autoAdvance: boolean;
  readonly limit: number;
  /** Virtual time in ns where the run stopped. */
  readonly now: number;
  readonly seed: number;
  /** The task with the most events in the run that stopped. */
  readonly busiest: BusiestTask | undefined;
}

/**
 * The loop guard's message: which run fired how many timers, where it stopped, and the task that
 * was busiest in that run, the likely culprit (a task restarting forever).
 */
export function limitMessage(stop: LimitStop): string {
  const run = stop.autoAdvance ? 'autoAdvance' : stop.step;
  const reported = stop.autoAdvance ? ` (reported at ${stop.step})` : '';
  // An autoAdvance run starts unseen, some time after the last step: its events are counted
  // from the end of that step.
  const span = stop.autoAdvance ? 'since the last step' : 'in this run';
  const busiest =
    stop.busiest === undefined
      ? `No task had an event ${span}: the timers were those of s.at(), the driver or your own code.`
      : `Busiest task ${span}: ${JSON.stringify(stop.busiest.task)} (alloc ${JSON.stringify(stop.busiest.alloc)}) with ${stop.busiest.events} events.`;

  return [
    `${run} fired ${stop.limit} timers, the scenario's limit, and was still not done at virtual time ${formatDuration(stop.now)} (seed ${stop.seed})${reported}: the scenario never settles.`,
    busiest,
    `Use s.advance() for a bounded run, or raise scenario({ limit }).`,
  ].join(' ');
}
