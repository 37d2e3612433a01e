// taskdouble/vitest: importing this file registers the matchers and the timeline serializer with
// Vitest's `expect`, and adds their types to Vitest's `Matchers`.
import { expect } from 'vitest';
import { matchers } from './matchers.js';
import { serializer } from './serializer.js';
import type { TaskdoubleMatchers } from './taskdouble-matchers.js';

expect.extend(matchers);
expect.addSnapshotSerializer(serializer);

// Only Matchers: Vitest's ExpectStatic extends it and AsymmetricMatchersContaining both, and the
// same matchers in both with different return types fail a consumer's type check (TS2320).
// Vitest 3.2+ types expect.<matcher>() from Matchers too.
declare module 'vitest' {
  // Merged into Vitest's own declarations, which is why the parameters and bodies are as they are.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends TaskdoubleMatchers<T> {}
}

// A real export keeps this module an augmentation of 'vitest' in its .d.ts, not a replacement.
export { anEvent } from './an-event.js';
export { matchers, serializer };
