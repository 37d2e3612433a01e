import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';

import { loadJob, parseJob, scenario } from '../../src/index.js';

describe('s.group()', () => {
  it('makes one allocation whose tasks are held by name', async () => {
    const s = scenario({ jobType: 'batch' });
    const g = s.group({
      name: 'web',
      tasks: [
        { name: 'server', config: { run_for: '10s' } },
        { name: 'sidecar', config: { run_for: '1h' } },
      ],
    });

    expect([g.name, g.status, Object.keys(g.tasks)]).toEqual([
      'job.web[0]',
      'pending',
      ['server', 'sidecar'],
    ]);
    await s.advance(0);
    expect(g.status).toBe('running');
    expect(g.tasks.server?.alloc).toBe('job.web[0]');
  });

  it('kills the siblings when a task fails, as an allocation does', async () => {
    const s = scenario({ jobType: 'batch' });
    const g = s.group({
      name: 'web',
      restart: { attempts: 0 },
      tasks: [
        { name: 'server', config: { run_for: '10s', exit_code: 1 } },
        { name: 'sidecar', config: { run_for: '1h' } },
      ],
    });

    await s.runUntilIdle();

    expect(g).toMatchInlineSnapshot(`
      MockAlloc "job.web[0]" [
        0s   server   Received             Task received by client
        0s   sidecar  Received             Task received by client
        0s   server   Task Setup           Building Task Directory
        0s   sidecar  Task Setup           Building Task Directory
        0s   server   Started              Task started by client
        0s   sidecar  Started              Task started by client
        10s  server   Terminated           Exit Code: 1
        10s  server   Not Restarting       Policy allows no restarts
        10s  sidecar  Sibling Task Failed  Task's sibling "server" failed
        10s  sidecar  Killing              Sent interrupt. Waiting 5s before force killing
        10s  sidecar  Terminated           Exit Code: 0, Signal: 2
        10s  sidecar  Killed               Task successfully killed
      ]
    `);
    expect(g.status).toBe('failed');
  });

  it('stops every task with stop(), resolving when all are dead', async () => {
    const s = scenario();
    const g = s.group({ name: 'web', tasks: [{ name: 'a', config: { run_for: '1h' } }] });
    await s.advance('1s');

    await g.stop();

    expect(g.tasks.a?.state).toBe('dead');
    expect(g.status).toBe('complete');
    expect(g.toNomad().ClientStatus).toBe('complete');
  });

  it('refuses a count other than 1 and names s.job() instead', () => {
    const s = scenario();

    expect(() =>
      s.group({ name: 'web', count: 2, tasks: [{}] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: count: s.group() makes one allocation, got count 2; use s.job({ groups: [...] }) for several]`,
    );
    expect([s.timeline.length, s.clock.pending()]).toEqual([0, []]);
  });

  it("refuses two leaders with Nomad's text, making no allocation", () => {
    const s = scenario();

    expect(() =>
      s.group({
        name: 'web',
        tasks: [
          { name: 'a', leader: true },
          { name: 'b', leader: true },
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: group: Only one task may be marked as leader (leader = true on tasks[0] "a" and tasks[1] "b")]`,
    );
    expect([s.timeline.length, s.clock.pending()]).toEqual([0, []]);
  });

  it('refuses duplicate task names in a group', () => {
    expect(() =>
      scenario().group({ name: 'web', tasks: [{ name: 'a' }, { name: 'a' }] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: tasks[1].name: "a" is also the name of tasks[0] (task names must be unique in a group)]`,
    );
  });
});

describe('s.job()', () => {
  it('keys allocations by name, a group count giving that many', async () => {
    const s = scenario();
    const job = s.job({
      name: 'shop',
      type: 'batch',
      groups: [
        { name: 'api', count: 2, tasks: [{ name: 'server', config: { run_for: '5s' } }] },
        { name: 'db', tasks: [{ name: 'postgres', config: { run_for: '1h' } }] },
      ],
    });

    expect(Object.keys(job.allocs)).toEqual(['shop.api[0]', 'shop.api[1]', 'shop.db[0]']);
    await s.advance('10s');

    expect(job.allocs['shop.api[1]']?.tasks.server?.state).toBe('dead');
    expect(job.allocs['shop.db[0]']?.status).toBe('running');
    expect(job.status).toBe('running');
    expect(job.events.length).toBe(s.timeline.length);
  });

  it('runs a loaded job file', async () => {
    const s = scenario();
    const job = s.job(await loadJob('examples/mock.nomad.hcl'));
    const task = job.allocs['mock.group[0]']?.tasks.task;

    await s.advance('40s');

    expect(task).toMatchInlineSnapshot(`
      MockTask "task" [
        0s   Received    Task received by client
        0s   Task Setup  Building Task Directory
        1s   Started     Task started by client
        31s  Terminated  Exit Code: 0, Signal: 9, Exit Message: "error on exit"
        31s  Restarting  Task restarting in 15.839683314s
      ]
    `);
    expect(task?.stdout).toBe('hello, world!\nhello, world!\n');
  });

  it('fills in ${NOMAD_ALLOC_INDEX} for each allocation', async () => {
    const s = scenario({ jobType: 'batch' });
    const loaded = await parseJob(`
      job "web" {
        type = "batch"
        group "api" {
          count = 3
          task "server" {
            driver = "mock_driver"
            config {
              run_for       = "1s"
              stdout_string = "replica \${NOMAD_ALLOC_INDEX} of \${NOMAD_ALLOC_NAME}\\n"
            }
          }
        }
      }
    `);
    const job = s.job(loaded);

    await s.runUntilIdle();

    expect(Object.values(job.allocs).map((alloc) => alloc.tasks.server?.stdout)).toEqual([
      'replica 0 of web.api[0]\n',
      'replica 1 of web.api[1]\n',
      'replica 2 of web.api[2]\n',
    ]);
    expect(job.allocs['web.api[0]']?.tasks.server).toHaveTerminatedWith({ exitCode: 0 });
    expect(job.status).toBe('dead');
  });

  it('stops every allocation with stop()', async () => {
    const s = scenario();
    const job = s.job({
      name: 'shop',
      groups: [{ name: 'api', count: 2, tasks: [{ config: { run_for: '1h' } }] }],
    });
    await s.advance('1s');

    await job.stop();

    expect(Object.values(job.allocs).map((alloc) => alloc.status)).toEqual([
      'complete',
      'complete',
    ]);
    expect(job.toNomad()).toMatchObject({ ID: 'shop', Type: 'service', Status: 'dead' });
  });

  it('refuses a job name already used', () => {
    const s = scenario();
    s.job({ name: 'shop', groups: [{ name: 'api', tasks: [{}] }] });

    expect(() =>
      s.job({ name: 'shop', groups: [{ name: 'api', tasks: [{}] }] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: name: "shop" is already a job in this scenario (job names must be unique)]`,
    );
  });

  it('runs a job named like the implicit job of s.task(), with allocations told apart', async () => {
    const s = scenario({ jobType: 'batch' });
    const web = s.task({ name: 'web' });
    const job = s.job({
      name: 'job',
      type: 'batch',
      groups: [{ name: 'web', tasks: [{ name: 'web' }] }],
    });
    await s.runUntilIdle();

    expect([web.alloc, ...Object.keys(job.allocs)]).toEqual(['job.web[0]', 'job.web[1]']);
    expect(job.status).toBe('dead');
  });
});
