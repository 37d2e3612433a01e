import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// A config of the bench's own: the root vitest.config.ts never includes bench/, so `npm test`
// does not run this workload.
export default defineConfig({
  // Keep Vite's cache in the repository's node_modules, not beside this file.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite-bench', import.meta.url)),
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['hand-made.run.ts'],
    testTimeout: 600_000,
  },
});
