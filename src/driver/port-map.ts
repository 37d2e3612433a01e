import { goQuote } from '../duration/index.js';

/** The ports a task advertises, by label, from `driver_port_map`. */
export type PortMap = Readonly<Record<string, number>>;

// Go's int is 64 bits on every platform Nomad ships for.
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

// What Go's strconv.Atoi takes in base 10: an optional sign, then decimal digits.
const ATOI = /^[+-]?\d+$/;

/**
 * Reads `driver_port_map` (`label:port`) the way Nomad's mock driver does, returning the map or
 * Nomad's error text (`malformed port map: "http"`); an empty string means no map.
 */
// Most tasks have no port map, and every start asks: one answer for all of them.
const NO_PORT_MAP: { map: PortMap | undefined } = Object.freeze({ map: undefined });

export function parsePortMap(raw: string): { map: PortMap | undefined } | { error: string } {
  if (raw === '') return NO_PORT_MAP;

  const parts = raw.split(':');
  const [label, port] = parts;
  if (parts.length !== 2 || label === undefined || port === undefined) {
    return { error: `malformed port map: ${goQuote(raw)}` };
  }

  const number = atoi(port);
  if (typeof number === 'string') {
    return { error: `malformed port map: ${goQuote(raw)} -- error: ${number}` };
  }

  // fromEntries defines an own property, so a label such as `__proto__` stays a plain key.
  return { map: Object.freeze(Object.fromEntries([[label, number]])) };
}

/** Go's strconv.Atoi: the integer, or its error text. Going through BigInt turns `-0` into 0. */
function atoi(text: string): number | string {
  if (!ATOI.test(text)) return `strconv.Atoi: parsing ${goQuote(text)}: invalid syntax`;

  const value = BigInt(text);
  if (value < INT64_MIN || value > INT64_MAX) {
    return `strconv.Atoi: parsing ${goQuote(text)}: value out of range`;
  }
  return Number(value);
}
