import { z } from 'zod';

import { showValue } from '../errors/index.js';
import { expected } from './expected.js';
import { normalizeSignal } from './signal-name.js';

const EXAMPLES = 'SIGINT, SIGTERM, SIGKILL, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2';

/**
 * `kill_signal`: a signal name with or without the `SIG` prefix, in any case (`term`,
 * `SIGTERM`), given back as `SIGTERM`.
 */
export function killSignalField(description: string) {
  return z
    .string({ error: expected('a signal name such as "SIGTERM"') })
    .meta({ description })
    .transform((raw, context) => {
      const name = normalizeSignal(raw);
      if (name !== undefined) return name;
      context.addIssue({
        code: 'custom',
        message: `${showValue(raw)} is not a signal name (accepted: ${EXAMPLES}, ...; the SIG prefix is optional)`,
      });
      return z.NEVER;
    });
}
