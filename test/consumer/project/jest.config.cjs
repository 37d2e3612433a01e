// A consumer's Jest 30 config: TypeScript test files compiled to CommonJS by @swc/jest, the
// package loaded from node_modules as built, and its serializer listed by package name.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.jest.cts'],
  moduleFileExtensions: ['cts', 'ts', 'js', 'cjs', 'json'],
  transform: {
    '^.+\\.c?ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  snapshotSerializers: ['taskdouble/jest-serializer'],
};
