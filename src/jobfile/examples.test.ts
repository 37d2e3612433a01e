import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadJob } from './index.js';

const directory = fileURLToPath(new URL('../../examples/', import.meta.url));
const jobFiles = readdirSync(directory).filter((name) => /\.(?:nomad\.hcl|json)$/.test(name));

describe('the example job files', () => {
  it('include the documented examples', () => {
    expect(jobFiles).toEqual(
      expect.arrayContaining([
        'mock.nomad.hcl',
        'mock.json',
        'crash-loop.nomad.hcl',
        'leader-sidecar.nomad.hcl',
        'start-error.nomad.hcl',
        'slow-kill.nomad.hcl',
        'variables.nomad.hcl',
      ]),
    );
  });

  it.each(jobFiles)('%s loads with nothing but its datacenters ignored', async (name) => {
    const { spec, ignored, notes } = await loadJob(`${directory}${name}`);

    expect(spec.groups.length).toBeGreaterThan(0);
    expect(ignored).toEqual(['job.datacenters']);
    expect(notes).toEqual([]);
  });

  it.each([
    [
      'crash-loop.nomad.hcl',
      { restart: { attempts: 2, interval: 300e9, delay: 5e9, mode: 'fail' } },
    ],
    ['start-error.nomad.hcl', { config: { start_error_recoverable: true, start_block_for: 3e9 } }],
    ['slow-kill.nomad.hcl', { kill_timeout: 5e9, config: { kill_after: 20e9 } }],
    ['variables.nomad.hcl', { config: { run_for: 10e9, exit_code: 0 } }],
  ])('%s sets up what its comment promises', async (name, expected) => {
    const { spec } = await loadJob(`${directory}${name}`);

    expect(spec.groups[0]?.tasks[0]).toMatchObject(expected);
  });

  it('variables.nomad.hcl takes the values its comment gives on the command line', async () => {
    const { spec } = await loadJob(`${directory}variables.nomad.hcl`, {
      vars: { run_for: '1m', exit_code: '3' },
    });

    expect(spec.groups[0]?.tasks[0]?.config).toMatchObject({
      run_for: 60e9,
      exit_code: 3,
      stdout_string: 'step ran for 1m\n',
    });
  });

  it('leader-sidecar.nomad.hcl is a batch job with a leader and a sidecar', async () => {
    const { spec } = await loadJob(`${directory}leader-sidecar.nomad.hcl`);
    const tasks = spec.groups[0]?.tasks ?? [];

    expect(spec.type).toBe('batch');
    expect(tasks.filter((task) => task.leader).map((task) => task.name)).toEqual(['build-report']);
    expect(tasks.filter((task) => task.lifecycle?.sidecar).map((task) => task.name)).toEqual([
      'log-shipper',
    ]);
  });
});
