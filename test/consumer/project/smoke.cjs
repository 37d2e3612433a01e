// Plain Node, no test runner: every CommonJS entry loads through the exports map's `require`
// condition, as a CommonJS project or tool (Jest's config loader) would load it.
const assert = require('node:assert/strict');
const taskdouble = require('taskdouble');
const core = require('taskdouble/matchers');
const serializer = require('taskdouble/jest-serializer');

assert.equal(typeof taskdouble.MockDriver, 'function');
assert.equal(taskdouble.formatDuration(taskdouble.parseDuration('90s')), '1m30s');
assert.equal(typeof core.matchers.toHaveEventSequence, 'function');

// Jest wants the plugin itself as module.exports, not a namespace around it.
assert.equal(typeof serializer.test, 'function');
assert.equal(typeof serializer.serialize, 'function');
assert.equal(serializer.test(new taskdouble.Timeline()), true);

assert.equal(require('taskdouble/package.json').name, 'taskdouble');

assert.throws(
  () => require('taskdouble/jest'),
  (error) =>
    error instanceof taskdouble.TaskdoubleError &&
    /^taskdouble: there is no Jest global expect here for taskdouble\/jest;/.test(error.message),
);

// The WASM HCL parser loads from the CommonJS build (a dynamic load, missed by any static check);
// a rejection here is unhandled, which makes node exit non-zero.
taskdouble
  .parseJob(
    'job "demo" {\n  group "g" {\n    task "t" {\n      driver = "mock_driver"\n    }\n  }\n}\n',
  )
  .then(({ spec }) => assert.equal(spec.name, 'demo'));
