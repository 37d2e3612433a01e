// taskdouble/jest: importing this file (from a test file or `setupFilesAfterEnv`) registers the
// matchers and the timeline serializer with Jest's global `expect`, and adds their types to the
// `expect` package's `Matchers`, which `@jest/globals` uses too.
import { TaskdoubleError } from '../src/errors/index.js';
import type {} from 'expect';
import type { AsymmetricLike } from './event-fields.js';
import { matchers } from './matchers.js';
import { serializer } from './serializer.js';
import type { TaskdoubleMatchers } from './taskdouble-matchers.js';

/** The part of Jest's global `expect` this entry uses. */
interface JestGlobalExpect {
  extend(matchers: object): void;
  addSnapshotSerializer(serializer: object): void;
}

const jestExpect = (globalThis as { expect?: Partial<JestGlobalExpect> }).expect;
if (
  typeof jestExpect?.extend !== 'function' ||
  typeof jestExpect.addSnapshotSerializer !== 'function'
) {
  throw new TaskdoubleError(
    'there is no Jest global expect here for taskdouble/jest; import taskdouble/jest from a test file or from setupFilesAfterEnv, or use expect.extend(matchers) from taskdouble/matchers',
  );
}
jestExpect.extend(matchers);
jestExpect.addSnapshotSerializer(serializer);

declare module 'expect' {
  // Merged into the package's own declarations, which is why the parameters and bodies are as they are.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends TaskdoubleMatchers<R> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchers extends TaskdoubleMatchers<AsymmetricLike> {}
}

export { anEvent } from './an-event.js';
export { matchers, serializer };
