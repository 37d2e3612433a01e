import type { VirtualClock } from '../clock/index.js';
import { formatDuration } from '../duration/index.js';
import type { TaskEvent, Timeline } from '../events/index.js';
import { describeLastEvents } from './describe-events.js';

/** What the hang explanation reads from its scenario. */
export interface HangScene {
  readonly clock: VirtualClock;
  readonly timeline: Timeline<TaskEvent>;
  readonly seed: number;
  readonly hangTimeout: number;
  /** Which clock drives the scenario: the advice differs. */
  readonly clockMode: 'own' | 'global';
}

// What moves time while a test awaits, with each clock.
const ADVICE = {
  own: [
    `With the scenario's own clock nothing moves time while you await: start the action, advance, then await it`,
    `(const stopping = web.stop(); await s.advance('5s'); await stopping;), or use scenario({ autoAdvance: true }).`,
  ],
  global: [
    `With clock: 'global' nothing moves the fake clock while you await: start the action, move the clock with`,
    `await s.advance('5s') or await vi.advanceTimersByTimeAsync(5000) (jest.advanceTimersByTimeAsync(5000) under Jest),`,
    `then await the action (const stopping = web.stop(); await s.advance('5s'); await stopping;), or use`,
    `scenario({ clock: 'global', autoAdvance: true }).`,
  ],
} as const;

// Enough timers to see what the scenario waits for, few enough to read.
const TIMERS_SHOWN = 5;

/**
 * Why an awaited step made no progress, and what to do: the virtual time, the seed, the pending
 * timers (the next advance would fire them) and the last events.
 */
export function explainHang(step: string, scene: HangScene): string {
  const { clock } = scene;
  const pending = clock.pending().filter((timer) => !timer.background);
  const shown = pending
    .slice(0, TIMERS_SHOWN)
    .map((timer) => `  ${formatDuration(timer.due)}  ${timer.label}`);
  if (pending.length > TIMERS_SHOWN) shown.push(`  ... and ${pending.length - TIMERS_SHOWN} more`);

  return [
    `taskdouble: ${step} made no progress for ${scene.hangTimeout} real ms: virtual time stayed at ${formatDuration(clock.now)} (seed ${scene.seed}).`,
    ...ADVICE[scene.clockMode],
    pending.length === 0 ? 'Pending timers: none' : `Pending timers:\n${shown.join('\n')}`,
    `Last events:\n${describeLastEvents(scene.timeline)}`,
  ].join('\n');
}
