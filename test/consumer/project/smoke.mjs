// Plain Node, no test runner: every ESM entry loads, and objects made by one build pass the other
// build's matchers (the brands are Symbol.for keys, so ESM and CommonJS recognise each other).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { expect } from 'expect';
import { MockDriver, TaskdoubleError, Timeline, parseDuration, parseJob } from 'taskdouble';
import { anEvent, matchers, serializer } from 'taskdouble/matchers';

const require = createRequire(import.meta.url);
const cjsRoot = require('taskdouble');
const cjsMatchers = require('taskdouble/matchers');

async function helloTimeline(Driver) {
  const driver = new Driver();
  await driver.startTask({
    id: 'hello/1',
    name: 'hello',
    config: { run_for: '1s', stdout_string: 'hi' },
  });
  await driver.clock.advance(parseDuration('1s'));
  return driver.timeline;
}

// The two builds export the same names.
assert.deepEqual(Object.keys(cjsRoot).sort(), Object.keys(await import('taskdouble')).sort());
assert.deepEqual(Object.keys(cjsMatchers).sort(), ['anEvent', 'matchers', 'serializer']);
assert.equal(typeof anEvent, 'function');
assert.equal(typeof serializer.serialize, 'function');
assert.ok((await helloTimeline(MockDriver)) instanceof Timeline);

// ESM objects through CommonJS matchers, then CommonJS objects through ESM matchers.
expect.extend(cjsMatchers.matchers);
expect(await helloTimeline(MockDriver)).toHaveEventSequence('StartTask then Exited');
expect.extend(matchers);
expect(await helloTimeline(cjsRoot.MockDriver)).toHaveEventSequence([
  anEvent('Stdout', { text: 'hi' }),
  'Exited with exit code 0',
]);

// Outside Jest, taskdouble/jest refuses with the package's own error.
await assert.rejects(import('taskdouble/jest'), (error) => {
  assert.ok(error instanceof TaskdoubleError);
  assert.match(
    error.message,
    /^taskdouble: there is no Jest global expect here for taskdouble\/jest;/,
  );
  return true;
});

// The WASM HCL parser loads from the ESM build too.
const { spec } = await parseJob(
  'job "demo" {\n  group "g" {\n    task "t" {\n      driver = "mock_driver"\n    }\n  }\n}\n',
);
assert.equal(spec.name, 'demo');
