import { toBeDead, toBePending, toBeRunning, toHaveFailed } from './state-matchers.js';
import { toHaveEventCount } from './to-have-event-count.js';
import { toHaveEventSequence } from './to-have-event-sequence.js';
import { toHaveEvent } from './to-have-event.js';
import { toHaveExactEventSequence } from './to-have-exact-event-sequence.js';
import { toHaveRestarted } from './to-have-restarted.js';
import { toHaveTerminatedWith } from './to-have-terminated-with.js';
import { toHaveWritten } from './to-have-written.js';

/** Every taskdouble matcher, ready for `expect.extend(matchers)` in any runner. */
export const matchers = {
  toHaveEventSequence,
  toHaveExactEventSequence,
  toHaveEvent,
  toHaveEventCount,
  toHaveTerminatedWith,
  toBeRunning,
  toBePending,
  toBeDead,
  toHaveFailed,
  toHaveRestarted,
  toHaveWritten,
};
