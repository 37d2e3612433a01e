import type { MockDriver } from '../driver/index.js';
import type { TimelineLine } from '../format/index.js';

/** The driver's health changes seen while a run went on. */
export interface HealthWatch {
  /** One line per change, the first fingerprint included. */
  readonly lines: readonly TimelineLine[];
  /** Stops listening (and the driver's fingerprint ticks with it). */
  stop(): void;
}

/**
 * Listens to the driver's fingerprint as Nomad's client does and records each change of
 * health. Once the driver is no longer healthy it stays so, and the watch stops listening:
 * its 500 ms ticks would only make the run slower.
 */
export function watchHealth(driver: MockDriver): HealthWatch {
  const controller = new AbortController();
  const lines: TimelineLine[] = [];

  const listen = async (): Promise<void> => {
    let last: string | undefined;
    for await (const fingerprint of driver.fingerprint({ signal: controller.signal })) {
      if (fingerprint.health === last) continue;

      last = fingerprint.health;
      lines.push({
        at: driver.clock.now,
        source: 'driver',
        name: 'mock_driver',
        type: 'Health',
        description: `${fingerprint.health}: ${fingerprint.healthDescription}`,
      });
      if (fingerprint.health !== 'healthy') return;
    }
  };
  void listen();

  return { lines, stop: () => controller.abort() };
}
