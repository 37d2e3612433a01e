/**
 * Lays rows out in columns the way Nomad's CLI does: each column padded to its widest cell,
 * two spaces between columns, no trailing spaces.
 */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(cell));
    });
  }

  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
}

/** Display width in code points, so `µs` counts as two columns, not three bytes. */
function width(text: string): number {
  return Array.from(text).length;
}
