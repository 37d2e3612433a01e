import { z } from 'zod';

import { goQuote } from '../duration/index.js';
import { showValue } from '../errors/index.js';
import { expected } from './expected.js';

// Go's Atoi in base 10: an optional sign and decimal digits, within a 64-bit int.
const ATOI_SYNTAX = /^[+-]?[0-9]+$/;
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

const ACCEPTED = 'a port map "label:port" with an integer port, e.g. "http:8080"';

/**
 * `driver_port_map`: `""` (no port map) or `label:port`, checked the way the mock driver
 * splits and converts it. The raw string is kept; the driver builds the map from it.
 */
export function portMapField(description: string) {
  return z
    .string({ error: expected(ACCEPTED) })
    .meta({ description })
    .check((context) => {
      const problem = portMapProblem(context.value);
      if (problem === undefined) return;
      context.issues.push({
        code: 'custom',
        input: context.value,
        message: `expected ${ACCEPTED}, got ${showValue(context.value)}${problem.note}`,
        params: { nomadMessage: problem.nomadMessage },
      });
    });
}

function portMapProblem(raw: string): { note: string; nomadMessage: string } | undefined {
  if (raw === '') return undefined;

  const parts = raw.split(':');
  const port = parts[1];
  if (parts.length !== 2 || port === undefined) {
    return { note: '', nomadMessage: `malformed port map: ${goQuote(raw)}` };
  }

  const atoiError = atoiProblem(port);
  if (atoiError === undefined) return undefined;
  return {
    note: atoiError === 'value out of range' ? ' (port out of range)' : '',
    nomadMessage: `malformed port map: ${goQuote(raw)} -- error: strconv.Atoi: parsing ${goQuote(port)}: ${atoiError}`,
  };
}

function atoiProblem(text: string): string | undefined {
  if (!ATOI_SYNTAX.test(text)) return 'invalid syntax';
  const value = BigInt(text);
  return value > INT64_MAX || value < INT64_MIN ? 'value out of range' : undefined;
}
