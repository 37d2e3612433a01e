/** The one prefix every error about the user's input carries (DESIGN §2). */
export const PREFIX = 'taskdouble:';

/**
 * Base class of every error about the user's input. The message always starts with
 * `taskdouble:` so tests and users can tell our errors from Nomad's simulated texts.
 */
export class TaskdoubleError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message.startsWith(PREFIX) ? message : `${PREFIX} ${message}`, options);
    this.name = new.target.name;
  }
}

/** Renders a user's raw value the way messages show it: strings quoted, the rest as JSON. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return value.toString();
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
