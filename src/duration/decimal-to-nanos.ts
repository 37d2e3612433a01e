/**
 * Exact `whole.fraction × unit`, truncated toward zero to whole nanoseconds, from the decimal
 * digits as written; BigInt keeps `1.000000001s` at exactly 1000000001 where floats drift.
 */
export function decimalToNanos(whole: string, fraction: string, unit: bigint): bigint {
  const scale = 10n ** BigInt(fraction.length);
  const digits = BigInt(`${whole}${fraction}` || '0');
  return (digits * unit) / scale;
}
