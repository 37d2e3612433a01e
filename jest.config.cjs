// Jest 30 runs the matcher tests written for it (test/**/*.jest.ts; Vitest only picks up *.test.ts).
// Jest on Node 20 cannot require ES modules, so @swc/jest compiles every TypeScript file, the
// library's src/ included, to CommonJS, and the `.js` suffixes of ESM imports are mapped back.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.jest.ts'],
  moduleFileExtensions: ['ts', 'cts', 'js', 'cjs', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.c?ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  // The CommonJS default export Jest users list in their own config.
  snapshotSerializers: ['<rootDir>/matchers/jest-serializer.cts'],
};
