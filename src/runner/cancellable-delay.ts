import type { TimerHandle, VirtualClock } from '../clock/index.js';
import { deferred } from './deferred.js';

/** A wait on the virtual clock that can be called off, leaving no timer behind. */
export interface CancellableDelay {
  /** Resolves when the delay has passed; never, if cancelled first. */
  readonly promise: Promise<void>;
  cancel(): void;
}

/**
 * Waits `delay` ns on `clock`. Cancelling clears the timer, so an abandoned wait (a restart
 * delay cut short by a kill) does not keep the clock busy or move time on.
 */
export function cancellableDelay(
  clock: VirtualClock,
  delay: number,
  label: string,
): CancellableDelay {
  const done = deferred();
  const handle: TimerHandle = clock.setTimer(Math.max(0, delay), () => done.resolve(), { label });
  return { promise: done.promise, cancel: () => clock.clearTimer(handle) };
}
