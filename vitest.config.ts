import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'matchers/**/*.test.ts',
      'test/**/*.test.ts',
      'examples/**/*.test.ts',
    ],
    setupFiles: ['./test/setup/no-console.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
