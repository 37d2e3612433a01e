import { defineConfig, type UserConfig } from 'tsdown';

const common: UserConfig = {
  dts: true,
  platform: 'node',
  target: 'node20',
  // Test runners are optional peers: never bundled, loaded from the user's project.
  external: ['vitest', 'expect', '@jest/globals'],
};

// The root and the matcher entries ship as ESM and CommonJS over one core (Jest 30 on Node 20
// cannot require ES modules); one build per format lets the entries share chunks. The Vitest
// entry's CommonJS twin is built too but not exported: Vitest cannot be required.
export default defineConfig([
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      matchers: 'matchers/index.ts',
      jest: 'matchers/jest.ts',
      vitest: 'matchers/vitest.ts',
    },
    format: ['esm', 'cjs'],
    clean: true,
  },
  {
    // Jest's `snapshotSerializers` wants `module.exports = serializer`.
    ...common,
    entry: { 'jest-serializer': 'matchers/jest-serializer.cts' },
    format: ['cjs'],
    dts: false,
  },
]);
