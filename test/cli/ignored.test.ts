import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const PLACED = 'test/cli/fixtures/placed.nomad.hcl';

describe('what the simulation ignores', () => {
  it('run lists on stderr the ignored keys, leaving out where in a cluster the job runs', async () => {
    const result = await runCli(['run', PLACED]);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: ignored (not simulated): job.meta
      "
    `);
  });

  it('run writes nothing on stderr for a job that ignores only its datacenters', async () => {
    const result = await runCli(['run', 'examples/leader-sidecar.nomad.hcl']);

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('validate lists every ignored key, datacenters, namespace and region included', async () => {
    const result = await runCli(['validate', PLACED]);

    expect(result.code).toBe(0);
    expect(result.stdout.slice(result.stdout.indexOf('ignored:'))).toMatchInlineSnapshot(`
      "ignored:
        - job.datacenters
        - job.meta
        - job.namespace
        - job.region
      "
    `);
  });
});
