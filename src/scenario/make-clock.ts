import { VirtualClock } from '../clock/index.js';
import { ConfigError } from '../config/index.js';
import { TaskdoubleError } from '../errors/index.js';
import type { ResolvedScenarioOptions } from './scenario-options.js';

/** The scenario's clock; `'global'` without an installed fake clock is a ConfigError saying what to do. */
export function makeClock(options: ResolvedScenarioOptions): VirtualClock {
  try {
    return new VirtualClock({ mode: options.clock, limit: options.limit });
  } catch (error) {
    if (options.clock !== 'global' || !(error instanceof TaskdoubleError)) throw error;
    throw new ConfigError('scenario options', [
      {
        path: 'options.clock',
        message: `"global" drives the fake clock of vi.useFakeTimers() or jest.useFakeTimers(), and none is installed: call one of them first, or use the scenario's own clock (the default)`,
      },
    ]);
  }
}
