/** One measured figure: its value, its target, and the baseline measured beside it in the same run. */
export interface Figure {
  /** Figure number and name, as in bench/README.md. */
  name: string;
  /** The measured value, in `unit`. */
  value: number;
  unit: string;
  /** What the value must satisfy, in words (`>= 0.5 x baseline`). */
  target: string;
  /** Whether the value meets the target; undefined when the figure could not be measured. */
  pass: boolean | undefined;
  /** The baseline's value and what it is; the ratio printed is value / baseline. */
  baseline?: { name: string; value: number };
  /** Extra lines: sizes, counts, secondary ratios. */
  notes?: string[];
}

/** A figure that could not be measured (its input is missing); it counts as a miss. */
export function missing(name: string, target: string, why: string): Figure {
  return { name, value: Number.NaN, unit: '', target, pass: undefined, notes: [why] };
}

/** Prints one figure as a block of aligned lines. */
export function printFigure(figure: Figure): void {
  const verdict = figure.pass === undefined ? 'MISSING' : figure.pass ? 'ok' : 'MISSED';
  const value = Number.isNaN(figure.value) ? '-' : `${round(figure.value)} ${figure.unit}`;
  console.log(`\n${figure.name}  [${verdict}]`);
  console.log(`  value     ${value}`);
  console.log(`  target    ${figure.target}`);
  if (figure.baseline !== undefined) {
    const { name, value: base } = figure.baseline;
    console.log(`  baseline  ${round(base)} ${figure.unit} (${name})`);
    console.log(`  ratio     ${round(figure.value / base)} x baseline`);
  }
  for (const note of figure.notes ?? []) console.log(`  note      ${note}`);
}

/** Three significant digits, enough to compare runs and short enough to read. */
export function round(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(3);
}

/** Real time of `work` in seconds, measured with the monotonic clock. */
export async function seconds(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
