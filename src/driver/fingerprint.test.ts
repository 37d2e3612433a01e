import { describe, expect, it } from 'vitest';

import type { Fingerprint } from './driver-types.js';
import { MockDriver } from './mock-driver.js';

const ms = 1_000_000;
const s = 1_000_000_000;

// Collects fingerprints with their times until `until` ns, then stops the subscription.
async function collect(driver: MockDriver, until: number): Promise<string[]> {
  const controller = new AbortController();
  const seen: string[] = [];
  const reading = (async () => {
    for await (const fingerprint of driver.fingerprint({ signal: controller.signal })) {
      seen.push(`${driver.clock.now / ms}ms ${show(fingerprint)}`);
    }
  })();

  // Let the first fingerprint arrive before time moves.
  await driver.clock.settle();
  await driver.clock.advance(until);
  controller.abort();
  await reading;
  return seen;
}

function show(fingerprint: Fingerprint): string {
  const attributes = JSON.stringify(fingerprint.attributes);
  return `${fingerprint.health}/${fingerprint.healthDescription} ${attributes}`;
}

describe('fingerprint', () => {
  it('sends one at once and then one every 500 ms, healthy', async () => {
    const driver = new MockDriver();

    expect(await collect(driver, 1 * s)).toEqual([
      '0ms healthy/Healthy {"driver.mock_driver":true}',
      '500ms healthy/Healthy {"driver.mock_driver":true}',
      '1000ms healthy/Healthy {"driver.mock_driver":true}',
    ]);
  });

  it('turns undetected/disabled with no attributes from the shutdown deadline on', async () => {
    const driver = new MockDriver();
    await driver.clock.advance(200 * ms);
    driver.setConfig({ shutdown_periodic_after: true, shutdown_periodic_duration: '1s' });

    expect(await collect(driver, 1500 * ms)).toEqual([
      '200ms healthy/Healthy {"driver.mock_driver":true}',
      '700ms healthy/Healthy {"driver.mock_driver":true}',
      '1200ms undetected/disabled {}',
      '1700ms undetected/disabled {}',
    ]);
  });

  it('takes a number of seconds for shutdown_periodic_duration', async () => {
    const driver = new MockDriver({
      plugin: { shutdown_periodic_after: true, shutdown_periodic_duration: 1 },
    });

    expect((await collect(driver, 1 * s)).at(-1)).toBe('1000ms undetected/disabled {}');
  });

  it('is disabled at once with a zero duration', async () => {
    const driver = new MockDriver({ plugin: { shutdown_periodic_after: true } });

    expect(await collect(driver, 0)).toEqual(['0ms undetected/disabled {}']);
  });

  it('stays healthy when shutdown_periodic_after is off', async () => {
    const driver = new MockDriver({ plugin: { shutdown_periodic_duration: '1ms' } });

    expect((await collect(driver, 1 * s)).at(-1)).toBe(
      '1000ms healthy/Healthy {"driver.mock_driver":true}',
    );
  });

  it('does not keep runUntilIdle busy, and ends when the consumer breaks out', async () => {
    const driver = new MockDriver();
    const seen: number[] = [];
    const reading = (async () => {
      for await (const fingerprint of driver.fingerprint()) {
        seen.push(fingerprint.health === 'healthy' ? driver.clock.now : -1);
        if (seen.length === 2) break;
      }
    })();

    await driver.clock.runUntilIdle();
    expect(seen).toEqual([0]);
    await driver.clock.advance(500 * ms);
    await reading;

    expect(seen).toEqual([0, 500 * ms]);
    expect(driver.clock.pending()).toEqual([]);
  });
});
