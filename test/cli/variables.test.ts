import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const EXAMPLE = 'examples/variables.nomad.hcl';

describe('--var sets the input variables of the job file', () => {
  it('runs the job with the defaults of its variables', async () => {
    const result = await runCli(['run', EXAMPLE, '--format', 'timeline']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Offset  Alloc             Task  Type        Description
      0s      variables.etl[0]  step  Received    Task received by client
      0s      variables.etl[0]  step  Task Setup  Building Task Directory
      0s      variables.etl[0]  step  Started     Task started by client
      10s     variables.etl[0]  step  Terminated  Exit Code: 0
      "
    `);
  });

  it('gives each --var to its variable, converted to its type; the last of a name wins', async () => {
    const result = await runCli([
      'validate',
      EXAMPLE,
      '--var',
      'run_for=1m',
      '--var',
      'exit_code=1',
      '--var',
      'exit_code=3',
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('run_for       = 1m0s\n');
    expect(result.stdout).toContain('exit_code     = 3\n');
  });

  it('keeps = signs after the first in the value, and names the variable a bad value came from', async () => {
    const result = await runCli(['validate', EXAMPLE, '--var', 'run_for=a=b']);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: job.group["etl"].task["step"].config.run_for: "a=b" is not a duration: invalid duration (units: ns, us, µs, ms, s, m, h) (from var.run_for) (at examples/variables.nomad.hcl:24:9)
      "
    `);
  });

  it('exits 1 for a --var the job file does not declare, suggesting the one meant', async () => {
    const result = await runCli(['run', EXAMPLE, '--var', 'runfor=5s']);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: --var runfor="5s": examples/variables.nomad.hcl declares no variable "runfor" (did you mean "run_for"?)
      "
    `);
  });

  it('names every undeclared --var, with the declared names when none is near', async () => {
    const hcl = await runCli(['validate', EXAMPLE, '--var', 'retries=3', '--var', 'run_fo=1m']);
    const json = await runCli(['validate', 'examples/mock.json', '--var', 'run_for=1m']);

    expect(hcl.code).toBe(1);
    expect(hcl.stderr).toMatchInlineSnapshot(`
      "taskdouble: 2 problems in the job file examples/variables.nomad.hcl:
        - --var retries="3": examples/variables.nomad.hcl declares no variable "retries" (it declares run_for, exit_code)
        - --var run_fo="1m": examples/variables.nomad.hcl declares no variable "run_fo" (did you mean "run_for"?)
      "
    `);
    expect(json.code).toBe(1);
    expect(json.stderr).toMatchInlineSnapshot(`
      "taskdouble: --var run_for="1m": examples/mock.json declares no variables
      "
    `);
  });

  it('exits 1 for a --var that does not convert to the declared type', async () => {
    const result = await runCli(['run', EXAMPLE, '--var', 'exit_code=three']);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: variable["exit_code"]: the given value "three" is not a number (type = number; e.g. 3 or 0.5) (at examples/variables.nomad.hcl:10:1)
      "
    `);
  });

  it.each([
    ['without =', 'exit_code'],
    ['without a name', '=3'],
  ])('exits 2 for a --var %s', async (_, value) => {
    const result = await runCli(['run', EXAMPLE, '--var', value]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^taskdouble: --var: "[^"]*" (?:is not name=value|does not start with a variable name); expected e.g. --var run_for=5s\n/,
    );
  });

  it('names the problem of a --var without =', async () => {
    const result = await runCli(['validate', EXAMPLE, '--var', 'exit_code']);

    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: --var: "exit_code" is not name=value; expected e.g. --var run_for=5s
      (run "taskdouble help" for usage)
      "
    `);
  });
});
