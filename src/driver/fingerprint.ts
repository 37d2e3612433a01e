import type { VirtualClock } from '../clock/index.js';
import type { Fingerprint } from './driver-types.js';

/** Nomad's mock fingerprints every 500 ms after the first. */
export const FINGERPRINT_PERIOD = 500_000_000;

const HEALTHY: Fingerprint = Object.freeze({
  health: 'healthy',
  healthDescription: 'Healthy',
  attributes: Object.freeze({ 'driver.mock_driver': true }),
});

const DISABLED: Fingerprint = Object.freeze({
  health: 'undetected',
  healthDescription: 'disabled',
  attributes: Object.freeze({}),
});

/**
 * The driver's fingerprint at `now`: healthy until the shutdown deadline, if there is one.
 * At the deadline itself it is already disabled, so a duration of 0 disables it at once, as
 * the documentation promises (Nomad compares with wall time, which never sits exactly on it).
 */
export function fingerprintAt(now: number, deadline: number | undefined): Fingerprint {
  return deadline !== undefined && now >= deadline ? DISABLED : HEALTHY;
}

/**
 * Fingerprints at once, then every 500 ms on background timers (which do not keep
 * `runUntilIdle` busy), until `signal` aborts or the consumer stops iterating.
 */
export async function* fingerprints(
  clock: VirtualClock,
  deadline: () => number | undefined,
  signal: AbortSignal | undefined,
): AsyncGenerator<Fingerprint, void, undefined> {
  let tick = clock.now;

  while (signal?.aborted !== true) {
    yield fingerprintAt(clock.now, deadline());

    tick += FINGERPRINT_PERIOD;
    if (!(await nextTick(clock, tick - clock.now, signal))) return;
  }
}

// Resolves true at the tick, or false as soon as the signal aborts (clearing the timer).
function nextTick(
  clock: VirtualClock,
  delay: number,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  return new Promise((resolve) => {
    // The signal may have aborted while the consumer held the last fingerprint.
    if (signal?.aborted === true) {
      resolve(false);
      return;
    }

    const onAbort = (): void => {
      clock.clearTimer(timer);
      resolve(false);
    };
    const timer = clock.setTimer(
      Math.max(0, delay),
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(true);
      },
      { background: true, label: 'fingerprint' },
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
