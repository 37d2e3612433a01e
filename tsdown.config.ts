import { defineConfig, type UserConfig } from 'tsdown';

const common: UserConfig = {
  dts: true,
  platform: 'node',
  target: 'node20',
  // Test runners are optional peers: never bundled, loaded from the user's project.
  deps: { neverBundle: ['vitest', 'expect', '@jest/globals'] },
};

// The root and the matcher entries ship as ESM and CommonJS over one core (Jest 30 on Node 20
// cannot require ES modules); one build per format lets the entries share chunks. The Vitest
// entry is ESM only: Vitest cannot be required.
const shared = { index: 'src/index.ts', matchers: 'matchers/index.ts', jest: 'matchers/jest.ts' };

export default defineConfig([
  {
    ...common,
    entry: { ...shared, vitest: 'matchers/vitest.ts' },
    format: ['esm'],
    clean: true,
  },
  {
    ...common,
    entry: shared,
    format: ['cjs'],
    // The HCL parser is loaded on demand; a native import() in CommonJS fails under Jest
    // ("dynamic import callback was invoked without --experimental-vm-modules").
    outputOptions: { dynamicImportInCjs: false },
  },
  {
    // Jest's `snapshotSerializers` wants `module.exports = serializer`.
    ...common,
    entry: { 'jest-serializer': 'matchers/jest-serializer.cts' },
    format: ['cjs'],
  },
  {
    // The `taskdouble` command (package.json `bin`): one ESM file that node runs directly.
    ...common,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
