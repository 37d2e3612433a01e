import { ConfigError } from './config-error.js';

/** The message of the ConfigError `run` throws, for pinning in tests; says so when there is none. */
export function configErrorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof ConfigError ? error.message : `not a ConfigError: ${String(error)}`;
  }
  return 'no error';
}
