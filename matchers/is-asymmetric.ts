/** Whether `value` is an asymmetric matcher (expect.any, expect.stringContaining, anEvent...). */
export function isAsymmetric(
  value: unknown,
): value is { asymmetricMatch(other: unknown): boolean } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { asymmetricMatch?: unknown }).asymmetricMatch === 'function'
  );
}
