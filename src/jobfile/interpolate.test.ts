import { describe, expect, it } from 'vitest';

import { interpolateConfig, parseJob } from './index.js';
import { interpolateTaskConfig, rewriteTemplates } from './interpolate.js';

const context = () => ({
  path: 'job.group["g"].task["t"].config',
  values: {
    NOMAD_JOB_ID: 'web',
    NOMAD_JOB_NAME: 'Web shop',
    NOMAD_GROUP_NAME: 'g',
    NOMAD_TASK_NAME: 't',
    NOMAD_ALLOC_INDEX: '0',
    NOMAD_ALLOC_NAME: 'web.g[0]',
  },
  notes: [] as string[],
});

describe('interpolateTaskConfig', () => {
  it.each([
    ['${NOMAD_JOB_NAME}', 'Web shop'],
    ['${NOMAD_JOB_ID}/${NOMAD_GROUP_NAME}/${NOMAD_TASK_NAME}', 'web/g/t'],
    ['${env["NOMAD_TASK_NAME"]}', 't'],
    ['${env.NOMAD_TASK_NAME}', 't'],
    ['${~ NOMAD_TASK_NAME ~}', 't'],
    ['$${NOMAD_TASK_NAME}', 't'],
    [
      'task ${NOMAD_ALLOC_INDEX} of ${NOMAD_ALLOC_NAME}',
      'task ${NOMAD_ALLOC_INDEX} of ${NOMAD_ALLOC_NAME}',
    ],
    ['no variables', 'no variables'],
  ])('fills %s in a text key as %j', (written, expected) => {
    const notes = context().notes;
    const config = interpolateTaskConfig({ stdout_string: written }, { ...context(), notes });

    expect(config).toEqual({ stdout_string: expected });
    expect(notes).toEqual([]);
  });

  it.each([
    ['${attr.kernel.name}', '${attr.kernel.name} is kept as written'],
    ['${NOMAD_ALLOC_ID}', '${NOMAD_ALLOC_ID} is kept as written'],
    ['${meta["rack"]}', '${meta["rack"]} is kept as written'],
    [
      '%{ if true }x%{ endif }',
      '%{ if true } is kept as written (template directives are not evaluated)',
    ],
  ])('keeps %s literally with a note naming its path', (written, note) => {
    const { notes, ...rest } = context();
    const config = interpolateTaskConfig({ stdout_string: written }, { ...rest, notes });

    expect(config).toEqual({ stdout_string: written });
    expect(notes[0]).toContain(`job.group["g"].task["t"].config.stdout_string: ${note}`);
  });

  it('resolves per-allocation variables in keys that are not text for allocation 0, with a note', () => {
    const { notes, ...rest } = context();
    const config = interpolateTaskConfig({ run_for: '1${NOMAD_ALLOC_INDEX}s' }, { ...rest, notes });

    expect(config).toEqual({ run_for: '10s' });
    expect(notes).toEqual([
      'job.group["g"].task["t"].config.run_for: ${NOMAD_ALLOC_INDEX} is resolved for allocation 0 only (run_for is not text)',
    ]);
  });

  it('fills nested blocks and lists, and leaves numbers and booleans alone', () => {
    const config = interpolateTaskConfig(
      {
        exit_code: 3,
        driver_advertise: true,
        exec_command: { stdout_string: '${NOMAD_TASK_NAME}' },
        x: ['${NOMAD_JOB_ID}'],
      },
      context(),
    );

    expect(config).toEqual({
      exit_code: 3,
      driver_advertise: true,
      exec_command: { stdout_string: 't' },
      x: ['web'],
    });
  });
});

describe('rewriteTemplates', () => {
  it('balances braces and quoted strings inside a template', () => {
    const seen: string[] = [];
    rewriteTemplates('a ${lookup({"}" = 1}, "}")} b ${x', (written) => {
      seen.push(written);
      return '';
    });

    expect(seen).toEqual(['${lookup({"}" = 1}, "}")}']);
  });
});

describe('interpolated job files', () => {
  const job = `
    job "shop" {
      name = "Shop"
      group "web" {
        count = 3
        task "server" {
          driver = "mock_driver"
          config {
            stdout_string = "\${NOMAD_JOB_NAME}/\${NOMAD_JOB_ID}: \${NOMAD_TASK_NAME} \${NOMAD_ALLOC_INDEX} of \${NOMAD_ALLOC_NAME} on \${node.unique.name}"
            exec_command {
              stdout_string = "exec in \${NOMAD_ALLOC_NAME}"
            }
          }
        }
      }
    }
  `;

  it('substitutes what the job knows and keeps the rest with a note', async () => {
    const { spec, notes } = await parseJob(job);

    expect(spec.groups[0]?.tasks[0]?.config.stdout_string).toBe(
      'Shop/shop: server ${NOMAD_ALLOC_INDEX} of ${NOMAD_ALLOC_NAME} on ${node.unique.name}',
    );
    expect(notes).toMatchInlineSnapshot(`
      [
        "job.group["web"].task["server"].config.stdout_string: \${node.unique.name} is kept as written (known: NOMAD_JOB_NAME, NOMAD_JOB_ID, NOMAD_GROUP_NAME, NOMAD_TASK_NAME, NOMAD_ALLOC_INDEX, NOMAD_ALLOC_NAME)",
      ]
    `);
  });

  it('fills in the allocation index and name for each allocation of a group', async () => {
    const { spec } = await parseJob(job);
    const group = spec.groups[0]!;

    const second = interpolateConfig(spec, group, 2);

    expect(second.tasks[0]?.config.stdout_string).toBe(
      'Shop/shop: server 2 of shop.web[2] on ${node.unique.name}',
    );
    expect(second.tasks[0]?.config.exec_command?.stdout_string).toBe('exec in shop.web[2]');
    expect(group.tasks[0]?.config.stdout_string).toContain('${NOMAD_ALLOC_INDEX}');
  });

  it('returns the group itself when there is nothing to fill in', async () => {
    const { spec } = await parseJob(
      'job "a" {\n  group "g" {\n    task "t" {\n      driver = "mock_driver"\n    }\n  }\n}\n',
    );
    const group = spec.groups[0]!;

    expect(interpolateConfig(spec, group, 1)).toBe(group);
  });
});
