import { realTimers } from '../clock/index.js';
import { TaskdoubleError } from '../errors/index.js';

/** What the watch needs to know about its scenario. */
export interface HangWatchContext {
  /** Real milliseconds without virtual progress that count as a hang. */
  readonly timeout: number;
  /** Changes whenever the scenario makes progress (time moved, an event was appended). */
  progress(): string;
  /** The explanation to reject with: pending timers, last events, what to do. */
  explain(step: string): string;
}

// The errors the watch rejected with: a hang is news only to a test that was waiting.
const HANGS = new WeakSet<object>();

/** Whether `error` is a watch's report of a hang (a step awaited without virtual progress). */
export function isHang(error: unknown): boolean {
  return typeof error === 'object' && error !== null && HANGS.has(error);
}

/**
 * Guards an awaited scenario step against a forgotten advance: when the step makes no virtual
 * progress for `timeout` real milliseconds, the returned promise rejects with an explanation
 * instead of running into the test runner's timeout. The watch runs on the real timers of
 * `node:timers` (see `realTimers`), whatever fake timers the user has on, and never keeps the
 * process alive.
 */
export function watchForHang<T>(
  step: string,
  work: Promise<T>,
  context: HangWatchContext,
): Promise<T> {
  let timer: ReturnType<typeof realTimers.setTimeout> | undefined;

  const hang = new Promise<never>((_, reject) => {
    let last = context.progress();
    const check = (): void => {
      const now = context.progress();
      if (now === last) {
        const hang = new TaskdoubleError(context.explain(step));
        HANGS.add(hang);
        reject(hang);
        return;
      }
      last = now;
      timer = realTimers.setTimeout(check, context.timeout).unref();
    };
    timer = realTimers.setTimeout(check, context.timeout).unref();
  });

  const watched = Promise.race([work, hang]).finally(() => realTimers.clearTimeout(timer));

  // An action nobody awaits must not turn a detected hang into an unhandled rejection.
  watched.catch(() => undefined);
  return watched;
}
