import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadJob, parseJob } from './index.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('ignored blocks', () => {
  it('lists every block and key the simulation does not use, at each level', async () => {
    const { ignored, spec } = await loadJob(fixture('every-block.nomad.hcl'));

    expect(spec.groups[0]?.tasks[0]?.restart.attempts).toBe(1);
    expect(ignored).toMatchInlineSnapshot(`
      [
        "job.affinity",
        "job.all_at_once",
        "job.constraint",
        "job.consul",
        "job.datacenters",
        "job.meta",
        "job.migrate",
        "job.multiregion",
        "job.namespace",
        "job.node_pool",
        "job.parameterized",
        "job.periodic",
        "job.priority",
        "job.region",
        "job.reschedule",
        "job.spread",
        "job.ui",
        "job.update",
        "job.vault",
        "job.group["everything"].affinity",
        "job.group["everything"].constraint",
        "job.group["everything"].consul",
        "job.group["everything"].disconnect",
        "job.group["everything"].ephemeral_disk",
        "job.group["everything"].meta",
        "job.group["everything"].migrate",
        "job.group["everything"].network",
        "job.group["everything"].reschedule",
        "job.group["everything"].scaling",
        "job.group["everything"].service",
        "job.group["everything"].shutdown_delay",
        "job.group["everything"].spread",
        "job.group["everything"].update",
        "job.group["everything"].volume",
        "job.group["everything"].task["main"].action",
        "job.group["everything"].task["main"].affinity",
        "job.group["everything"].task["main"].artifact",
        "job.group["everything"].task["main"].constraint",
        "job.group["everything"].task["main"].consul",
        "job.group["everything"].task["main"].csi_plugin",
        "job.group["everything"].task["main"].dispatch_payload",
        "job.group["everything"].task["main"].env",
        "job.group["everything"].task["main"].identity",
        "job.group["everything"].task["main"].kind",
        "job.group["everything"].task["main"].logs",
        "job.group["everything"].task["main"].meta",
        "job.group["everything"].task["main"].resources",
        "job.group["everything"].task["main"].scaling",
        "job.group["everything"].task["main"].service",
        "job.group["everything"].task["main"].template",
        "job.group["everything"].task["main"].user",
        "job.group["everything"].task["main"].vault",
        "job.group["everything"].task["main"].volume_mount",
        "job.group["everything"].task["main"].restart.render_templates",
      ]
    `);
  });

  it('loads a production job with its drivers switched to mock_driver as it is', async () => {
    const loaded = await loadJob(fixture('production.nomad.hcl'));

    expect(loaded.spec.groups[0]).toMatchObject({
      name: 'api',
      count: 3,
      restart: { attempts: 3, interval: 600e9, delay: 25e9, mode: 'delay' },
    });
    expect(loaded.spec.groups[0]?.tasks[0]).toMatchObject({
      name: 'server',
      kill_timeout: 20e9,
      kill_signal: 'SIGTERM',
    });
    expect(loaded.ignored).toMatchInlineSnapshot(`
      [
        "job.constraint",
        "job.datacenters",
        "job.meta",
        "job.namespace",
        "job.node_pool",
        "job.priority",
        "job.region",
        "job.update",
        "job.group["api"].ephemeral_disk",
        "job.group["api"].network",
        "job.group["api"].reschedule",
        "job.group["api"].service",
        "job.group["api"].spread",
        "job.group["api"].task["server"].env",
        "job.group["api"].task["server"].logs",
        "job.group["api"].task["server"].resources",
        "job.group["api"].task["server"].template",
        "job.group["api"].task["server"].vault",
        "job.group["api"].task["envoy"]: driver "docker"",
      ]
    `);
    expect(loaded.notes).toMatchInlineSnapshot(`
      [
        "job.group["api"].task["server"].config.stdout_string: \${NOMAD_PORT_http} is kept as written (known: NOMAD_JOB_NAME, NOMAD_JOB_ID, NOMAD_GROUP_NAME, NOMAD_TASK_NAME, NOMAD_ALLOC_INDEX, NOMAD_ALLOC_NAME)",
      ]
    `);
  });

  it('ignores unknown keys that are no near miss of a known one, so newer jobspecs load', async () => {
    const { ignored } = await parseJob(`
      job "j" {
        some_future_block {
          x = 1
        }
        group "g" {
          task "t" {
            driver = "mock_driver"
            secret "db" {
              path = "x"
            }
          }
        }
      }
    `);

    expect(ignored).toEqual(['job.some_future_block', 'job.group["g"].task["t"].secret']);
  });

  it('never errors on unknown fields of Nomad JSON, listing those that are set', async () => {
    const { ignored } = await parseJob(
      JSON.stringify({
        Job: {
          ID: 'j',
          Stop: false,
          VersionTag: { Name: 'v1' },
          TaskGroups: [
            {
              Name: 'g',
              Networks: [{ Mode: 'bridge' }],
              Tasks: [{ Name: 't', Driver: 'mock_driver', Kind: '', Resources: { CPU: 100 } }],
            },
          ],
        },
      }),
    );

    expect(ignored).toEqual([
      'job.VersionTag',
      'job.group["g"].network',
      'job.group["g"].task["t"].resources',
    ]);
  });
});
