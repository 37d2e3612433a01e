export type { ClockOptions } from './clock-options.js';
export { Prng } from './prng.js';
export type { PendingTimer, TimerHandle, TimerOptions } from './timer-item.js';
export { VirtualClock } from './virtual-clock.js';
export { ClockLimitError } from './clock-errors.js';
export { realTimers, withRealTimers, withRealTimersAsync } from './real-timers.js';
