import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';

import { scenario } from '../../src/index.js';

// A busy scenario: crash loops with jittered restarts, output, a kill with kill_after, a
// restart, a signal and a group, all driven through the public API.
async function busyRun(seed: number): Promise<string> {
  const s = scenario({ seed });
  const crash = s.task({
    name: 'crash',
    config: { run_for: '3s', exit_code: 1, stderr_string: 'x\n' },
  });
  const slow = s.task({
    name: 'slow',
    config: { run_for: '1h', kill_after: '8s' },
    kill_timeout: '5s',
  });
  s.group({
    name: 'pair',
    tasks: [
      { name: 'leader', leader: true, config: { run_for: '20s' } },
      {
        name: 'helper',
        config: {
          run_for: '1h',
          stdout_string: '.',
          stdout_repeat: 5,
          stdout_repeat_duration: '2s',
        },
      },
    ],
  });
  s.at('7s', () => slow.restart());
  s.at('9s', () => crash.signal('SIGHUP').catch(() => undefined));
  s.at('40s', () => slow.stop());

  await s.advance('2m');
  const text = JSON.stringify({ events: s.timeline, driver: s.driver.timeline, now: s.now });
  s.dispose();
  return text;
}

describe('determinism', () => {
  it('gives the same timeline, byte for byte, for the same seed and actions', async () => {
    const first = await busyRun(11);
    const second = await busyRun(11);

    expect(second).toBe(first);
    expect(first.length).toBeGreaterThan(1000);
  });

  it('gives the same timelines when scenarios run concurrently', async () => {
    const alone = [await busyRun(1), await busyRun(2), await busyRun(3)];

    const together = await Promise.all([busyRun(1), busyRun(2), busyRun(3)]);

    expect(together).toEqual(alone);
  });

  it('draws restart jitter from the seed', async () => {
    const [a, b] = await Promise.all([busyRun(1), busyRun(2)]);

    expect(a).not.toBe(b);
  });

  it('keeps no state between scenarios: a fresh one is unaffected by earlier ones', async () => {
    const before = await busyRun(5);
    const s = scenario({ seed: 5 });
    s.task({ name: 'noise', config: { run_for: '1s', exit_code: 1 } });
    await s.advance('1m');

    expect(await busyRun(5)).toBe(before);
  });
});
