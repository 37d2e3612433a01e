// taskdouble/vitest: importing this file registers the matchers and the timeline serializer with
// Vitest's `expect`, and adds their types to Vitest's `Matchers`.
import { expect } from 'vitest';
import { matchers } from './matchers.js';
import { serializer } from './serializer.js';
import type { TaskdoubleMatchers } from './taskdouble-matchers.js';

expect.extend(matchers);
expect.addSnapshotSerializer(serializer);

declare module 'vitest' {
  // Merged into Vitest's own declarations, which is why the parameters and bodies are as they are.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends TaskdoubleMatchers<T> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends TaskdoubleMatchers {}
}

// A real export keeps this module an augmentation of 'vitest' in its .d.ts, not a replacement.
export { anEvent } from './an-event.js';
export { matchers, serializer };
