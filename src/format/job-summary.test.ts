import { describe, expect, it } from 'vitest';

import { parseJobSpec } from '../config/index.js';
import { renderJobSummary } from './job-summary.js';

describe('renderJobSummary', () => {
  it('shows groups, allocations, and each task with what differs from the defaults', () => {
    const spec = parseJobSpec({
      name: 'web',
      type: 'batch',
      groups: [
        {
          name: 'api',
          count: 2,
          tasks: [
            {
              name: 'server',
              kill_timeout: '10s',
              restart: { attempts: 0 },
              config: {
                run_for: '1m30s',
                exit_err_msg: 'bye "now"',
                exec_command: { run_for: '1s', stdout_string: 'ok' },
              },
            },
            { name: 'idle', lifecycle: { hook: 'poststop' }, shutdown_delay: '3s' },
          ],
        },
      ],
    });

    const text = renderJobSummary({
      spec,
      ignored: ['job.group["api"].network'],
      notes: ['config.x: ${attr.unique} kept as written'],
    });

    expect(text).toMatchInlineSnapshot(`
      "job "web" (batch)
        group "api": 2 allocations (web.api[0], web.api[1])
          restart: attempts 3, interval 24h0m0s, delay 15s, mode fail
          task "server": kill_timeout 10s, kill_signal SIGINT
            restart: attempts 0, interval 24h0m0s, delay 15s, mode fail
            config:
              run_for      = 1m30s
              exit_err_msg = "bye \\"now\\""
              exec_command:
                run_for       = 1s
                stdout_string = "ok"
          task "idle": kill_timeout 5s, kill_signal SIGINT, lifecycle poststop, shutdown_delay 3s
            config: all defaults
      ignored:
        - job.group["api"].network
      notes:
        - config.x: \${attr.unique} kept as written"
    `);
  });
});
