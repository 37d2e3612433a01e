import { toBeDead, toBePending, toBeRunning, toHaveFailed } from './state-matchers.js';
import { toHaveEventCount } from './to-have-event-count.js';
import { toHaveEventSequence } from './to-have-event-sequence.js';
import { toHaveEvent } from './to-have-event.js';
import { toHaveExactEventSequence } from './to-have-exact-event-sequence.js';
import { toHaveRestarted } from './to-have-restarted.js';
import { toHaveTerminatedWith } from './to-have-terminated-with.js';
import { toHaveWritten } from './to-have-written.js';
import type { Matcher } from './matcher-context.js';
import type { TaskdoubleMatchers } from './taskdouble-matchers.js';

/**
 * The matchers as functions with the arguments of their `expect(...)` forms, so that code
 * holding them (a wrapper, a runner this package has no entry for) keeps the argument types.
 */
export type TypedMatchers = {
  [Name in keyof TaskdoubleMatchers]: Matcher<Parameters<TaskdoubleMatchers[Name]>>;
};

/**
 * Every taskdouble matcher, ready for `expect.extend(matchers)` in any runner. `expect.extend`
 * does not type `expect(...)` by itself: augment your runner's `Matchers` with
 * `TaskdoubleMatchers` (the `taskdouble/vitest` and `taskdouble/jest` entries do).
 */
export const matchers: TypedMatchers = {
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
