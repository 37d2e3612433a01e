import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { colorAllowed } from '../../src/cli/cli-io.js';
import { runCli } from './run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

// A real process: what a user's shell sees, exit code and streams included.
function spawn(command: string, args: readonly string[]): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const CLI = ['--import', 'tsx', 'src/cli/bin.ts'];

// Real processes start tsx and the HCL parser: slow on a busy machine, so a generous timeout.
describe('taskdouble as a process', { timeout: 30_000 }, () => {
  it('npm start runs the documentation example for a minute, on a fresh checkout too', async () => {
    // Nothing is built on install: the script must run the sources, never dist/.
    const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts['start']).not.toContain('dist/');

    const result = await spawn('npm', ['start', '--silent']);

    expect(result.code).toBe(0);
    // The same text as the in-process run, whose output examples.test.ts pins.
    const inProcess = await runCli(['run', 'examples/mock.nomad.hcl', '--for', '1m']);
    expect(result.stdout).toBe(inProcess.stdout);
    expect(result.stdout).toContain('Exit Code: 0, Signal: 9, Exit Message: "error on exit"');
  });

  it('exits 1 with one line and no stack trace for a job file error, 2 for a usage error', async () => {
    const [syntax, usage] = await Promise.all([
      spawn(process.execPath, [...CLI, 'run', 'test/cli/fixtures/syntax.nomad.hcl']),
      spawn(process.execPath, [...CLI, 'run', 'examples/mock.nomad.hcl', '--format', 'xml']),
    ]);

    expect(syntax).toMatchObject({ code: 1, stdout: '' });
    expect(syntax.stderr).toMatch(
      /^taskdouble: test\/cli\/fixtures\/syntax.nomad.hcl:3:13: [^\n]+\n$/,
    );
    expect(usage).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('when output is colored', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])('on a terminal: %s, env %j -> %s', (isTTY, env, expected) => {
    expect(colorAllowed(isTTY, env)).toBe(expected);
  });
});
