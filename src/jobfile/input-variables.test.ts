import { describe, expect, it } from 'vitest';

import { parseJob, type JobVariables } from './index.js';

const VARIABLES = `
variable "dur" {
  type        = string
  default     = "3s"
  description = "how long the task runs"
}

variable "replicas" {
  type    = number
  default = 2
}

variable "recoverable" {
  type    = bool
  default = false
}
`;

/** A job file with `VARIABLES` (or `variables`) and these lines in the task's config. */
function jobWith(config: string, variables = VARIABLES, group = ''): string {
  return `${variables}
job "j" {
  group "g" {
    ${group}
    task "t" {
      driver = "mock_driver"
      config {
        ${config}
      }
    }
  }
}
`;
}

async function load(text: string, vars?: JobVariables): ReturnType<typeof parseJob> {
  return parseJob(text, { filename: 'job.nomad.hcl', ...(vars === undefined ? {} : { vars }) });
}

async function failure(text: string, vars?: JobVariables): Promise<string> {
  return load(text, vars).then(
    () => 'loaded',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe('input variables', () => {
  it.each([
    ['a bare reference', 'run_for = var.dur'],
    ['a string that is exactly one reference', 'run_for = "${var.dur}"'],
    ['a reference with spaces and strip markers', 'run_for = "${~ var.dur ~}"'],
  ])('%s takes the default of the variable', async (_, line) => {
    const { spec, ignored, notes } = await load(jobWith(line));

    expect(spec.groups[0]?.tasks[0]?.config.run_for).toBe(3e9);
    expect(ignored).toEqual([]);
    expect(notes).toEqual([]);
  });

  it('keeps the type of the value for a whole reference: a number, a bool', async () => {
    const { spec } = await load(
      jobWith(
        'start_error = "no"\nstart_error_recoverable = var.recoverable',
        VARIABLES,
        'count = var.replicas',
      ),
      { recoverable: 'true' },
    );

    expect(spec.groups[0]?.count).toBe(2);
    expect(spec.groups[0]?.tasks[0]?.config.start_error_recoverable).toBe(true);
  });

  it('interpolates a reference inside a longer string as text', async () => {
    const { spec } = await load(
      jobWith(
        'stdout_string = "ran ${var.dur} x${var.replicas} ${var.recoverable} ${NOMAD_TASK_NAME}"',
      ),
    );

    expect(spec.groups[0]?.tasks[0]?.config.stdout_string).toBe('ran 3s x2 false t');
  });

  it("keeps HCL's escape $${var.x} as text", async () => {
    const { spec } = await load(jobWith('stdout_string = "$${var.dur}"'));

    expect(spec.groups[0]?.tasks[0]?.config.stdout_string).toBe('${var.dur}');
  });

  it('uses the given values over the defaults, converted to the declared type', async () => {
    const { spec } = await load(jobWith('run_for = var.dur', VARIABLES, 'count = var.replicas'), {
      dur: '1m30s',
      replicas: '3',
    });

    expect(spec.groups[0]?.count).toBe(3);
    expect(spec.groups[0]?.tasks[0]?.config.run_for).toBe(90e9);
  });

  it('takes values given as numbers and bools, and text for a variable without a type', async () => {
    const untyped = 'variable "code" {\n  default = 1\n}\nvariable "msg" {\n  type = string\n}\n';
    const { spec } = await load(jobWith('exit_code = var.code\nexit_err_msg = var.msg', untyped), {
      code: '7',
      msg: 42,
    });

    expect(spec.groups[0]?.tasks[0]?.config).toMatchObject({ exit_code: 7, exit_err_msg: '42' });
  });

  it('unsets a key whose variable defaults to null', async () => {
    const { spec } = await load(
      jobWith('run_for = var.none', 'variable "none" {\n  default = null\n}'),
    );

    expect(spec.groups[0]?.tasks[0]?.config.run_for).toBe(0);
  });

  it('substitutes references in blocks the simulation ignores, and lists only what it ignores', async () => {
    const { ignored } = await load(`
      variable "dc" {
        default = "eu-1"
      }
      variable "checks" {
        type    = list(string)
        default = ["a"]
        validation {
          condition     = length(var.checks) > 0
          error_message = "at least one"
        }
      }
      locals {
        team = "payments"
      }
      job "j" {
        datacenters = [var.dc]
        meta {
          owner = upper(local.team)
        }
        group "g" {
          task "t" {
            driver = "mock_driver"
          }
        }
      }
    `);

    expect(ignored).toMatchInlineSnapshot(`
      [
        "locals",
        "variable["checks"].validation",
        "job.datacenters",
        "job.meta",
      ]
    `);
  });
});

describe('input variable errors name the key, the value and what is accepted', () => {
  it('a reference to an undeclared variable, with did-you-mean and file:line:col', async () => {
    expect(await failure(jobWith('run_for = var.durr'))).toMatchInlineSnapshot(
      `"taskdouble: job.group["g"].task["t"].config.run_for: \${var.durr} refers to an undeclared variable (did you mean var.dur?) (at job.nomad.hcl:24:9)"`,
    );
  });

  it('a reference in a file that declares no variable', async () => {
    expect(await failure(jobWith('stdout_string = "v${var.version}"', ''))).toMatchInlineSnapshot(
      `"taskdouble: job.group["g"].task["t"].config.stdout_string: \${var.version} refers to an undeclared variable (the file declares none; add variable "version" { default = ... }) (at job.nomad.hcl:8:9)"`,
    );
  });

  it('a variable without a default and without a given value', async () => {
    expect(
      await failure(jobWith('run_for = var.dur', 'variable "dur" {\n  type = string\n}')),
    ).toMatchInlineSnapshot(
      `"taskdouble: variable["dur"]: no value for this required variable: it has no default and none was given (pass --var dur=<value>, or vars: { dur: ... } to loadJob) (at job.nomad.hcl:1:1)"`,
    );
  });

  it('a value given for an undeclared variable', async () => {
    expect(await failure(jobWith('run_for = var.dur'), { duration: '5s' })).toMatchInlineSnapshot(
      `"taskdouble: vars.duration = "5s": job.nomad.hcl declares no variable "duration" (it declares dur, replicas, recoverable)"`,
    );
    expect(await failure(jobWith('run_for = var.dur'), { durr: '5s' })).toMatchInlineSnapshot(
      `"taskdouble: vars.durr = "5s": job.nomad.hcl declares no variable "durr" (did you mean "dur"?)"`,
    );
  });

  it('a value given for a Nomad API JSON job, which has no variables', async () => {
    const json =
      '{"Job": {"ID": "j", "TaskGroups": [{"Name": "g", "Tasks": [{"Name": "t", "Driver": "mock_driver"}]}]}}';

    const message = await parseJob(json, { filename: 'job.json', vars: { dur: '5s' } }).catch(
      (error: unknown) => (error as Error).message,
    );

    expect(message).toMatchInlineSnapshot(
      `"taskdouble: vars.dur = "5s": job.json declares no variables"`,
    );
  });

  it('given values that do not convert to the declared type', async () => {
    expect(await failure(jobWith('run_for = var.dur'), { replicas: 'two', recoverable: 'yes' }))
      .toMatchInlineSnapshot(`
        "taskdouble: 2 problems in the job file job.nomad.hcl:
          - variable["replicas"]: the given value "two" is not a number (type = number; e.g. 3 or 0.5) (at job.nomad.hcl:8:1)
          - variable["recoverable"]: the given value "yes" is not a bool (type = bool; true or false) (at job.nomad.hcl:13:1)"
      `);
  });

  it('a default that does not convert to the declared type', async () => {
    expect(
      await failure(jobWith('', 'variable "n" {\n  type = number\n  default = "many"\n}')),
    ).toMatchInlineSnapshot(
      `"taskdouble: variable["n"].default: "many" is not a number (type = number; e.g. 3 or 0.5) (at job.nomad.hcl:3:3)"`,
    );
  });

  it('a value given for a list, map or object variable', async () => {
    const list = 'variable "tags" {\n  type = list(string)\n  default = []\n}';

    expect(await failure(jobWith('', list), { tags: 'a,b' })).toMatchInlineSnapshot(
      `"taskdouble: variable["tags"]: "a,b" is given for type = list(string), but only string, number, bool and any values can be given; set this one as the default in the file (at job.nomad.hcl:1:1)"`,
    );
  });

  it('a misspelt type or key in a variable block', async () => {
    const typos = 'variable "n" {\n  type = numbr\n  defualt = 1\n}';

    expect(await failure(jobWith('', typos))).toMatchInlineSnapshot(`
      "taskdouble: 2 problems in the job file job.nomad.hcl:
        - variable["n"].defualt: unknown key (did you mean "default"?) (at job.nomad.hcl:3:3)
        - variable["n"].type: type = numbr is not a type (did you mean number?) (at job.nomad.hcl:2:3)"
    `);
  });

  it('a variable declared twice', async () => {
    const twice = 'variable "n" {\n  default = 1\n}\nvariable "n" {\n  default = 2\n}';

    expect(await failure(jobWith('', twice))).toMatchInlineSnapshot(
      `"taskdouble: variable["n"]: is declared twice (declare each variable once) (at job.nomad.hcl:1:1)"`,
    );
  });

  it('a value the schema refuses names the variable it came from', async () => {
    expect(await failure(jobWith('run_for = "${var.dur}0"'), { dur: '1x' })).toMatchInlineSnapshot(
      `"taskdouble: job.group["g"].task["t"].config.run_for: "1x0" is not a duration: unknown unit "x" (units: ns, us, µs, ms, s, m, h) (from var.dur) (at job.nomad.hcl:24:9)"`,
    );
  });

  it('a list interpolated into text', async () => {
    const list = 'variable "tags" {\n  default = ["a", "b"]\n}';

    expect(
      await failure(jobWith('stdout_string = "tags: ${var.tags}"', list)),
    ).toMatchInlineSnapshot(
      `"taskdouble: job.group["g"].task["t"].config.stdout_string: \${var.tags} is a list (["a","b"]) and cannot be part of a text; use it as the whole value, x = var.tags (at job.nomad.hcl:10:9)"`,
    );
  });

  it.each([
    ['a function', 'run_for = upper(var.dur)'],
    ['an operator', 'exit_code = var.replicas + 1'],
    ['a local', 'run_for = local.dur'],
    ['a template directive', 'stdout_string = "%{ if var.recoverable }yes%{ endif }"'],
  ])('%s where the simulation uses the value is not evaluated, and says so', async (_, line) => {
    const message = await failure(jobWith(line));

    expect(message).toMatch(
      /^taskdouble: job\.group\["g"\]\.task\["t"\]\.config\.\w+: [$%]\{.+\} is not evaluated: only plain references such as \$\{var\.name\} are \(functions, operators, conditionals, template directives and locals are not supported\) \(at job\.nomad\.hcl:24:9\)$/,
    );
  });

  it('an expression outside the config, e.g. a count', async () => {
    expect(await failure(jobWith('', VARIABLES, 'count = var.replicas * 2'))).toMatchInlineSnapshot(
      `"taskdouble: job.group["g"].count: \${var.replicas * 2} is not evaluated: only plain references such as \${var.name} are (functions, operators, conditionals, template directives and locals are not supported) (at job.nomad.hcl:20:5)"`,
    );
  });
});
