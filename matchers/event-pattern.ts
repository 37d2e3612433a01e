import { DurationError, durationMessage, parseDuration } from '../src/duration/index.js';
import { PREFIX, didYouMean, showValue } from '../src/errors/index.js';
import { BadArgument } from './bad-argument.js';
import { EVENT_TYPE_NAMES, canonicalType } from './event-types.js';
import { isAsymmetric } from './is-asymmetric.js';
import { parseSentence } from './sentence/parse-sentence.js';
import { SentenceError } from './sentence/sentence-error.js';
import type { SentenceItem } from './sentence/sentence-item.js';

/**
 * What one expected item requires of an event, compiled once per assertion so that matching a
 * long timeline costs a string comparison per event until the type fits.
 */
export interface EventPattern {
  /** The item as the user wrote it: a sentence item's text, or the raw value for the printer. */
  readonly source: { readonly text: string } | { readonly value: unknown };
  /** The canonical type every matching event has, when the item names one as a string. */
  readonly type: string | undefined;
  /** Field name and expected value; primitives are compared with Object.is, the rest with `equals`. */
  readonly checks: readonly (readonly [string, unknown])[];
  /** A restart, kill or signal reason, any of which may match. */
  readonly reason: { readonly expected: unknown } | undefined;
  /** An asymmetric matcher given as the whole item, compared with the whole event. */
  readonly whole: unknown;
}

/** Deep equality with asymmetric matchers: the runner's `this.equals`, or our own for anEvent. */
export type Equals = (actual: unknown, expected: unknown) => boolean;

/** The fields an item's `reason` may match, in the order a message looks for the event's own. */
export const REASON_FIELDS = ['restartReason', 'killReason', 'taskSignalReason'] as const;

/** The keys a partial event may have: the fields of TaskEvent and DriverEntry, and `reason`. */
export const EVENT_KEYS: readonly string[] = [
  'type',
  'task',
  'alloc',
  'id',
  'at',
  'time',
  'message',
  'details',
  'reason',
  'exitCode',
  'signal',
  'exitMessage',
  'oomKilled',
  'startDelay',
  'killTimeout',
  'restartReason',
  'killReason',
  'killError',
  'driverError',
  'driverMessage',
  'validationError',
  'setupError',
  'downloadError',
  'setupMessage',
  'eventMessage',
  'failsTask',
  'failedSibling',
  'taskSignal',
  'taskSignalReason',
  'signalName',
  'shutdownDelay',
  'err',
  'error',
  'recoverable',
  'text',
  'timeout',
  'killSignal',
  'command',
  'force',
];
const KNOWN_KEYS = new Set(EVENT_KEYS);

/** Whether `event` is what `pattern` describes. */
export function matchesPattern(event: object, pattern: EventPattern, equals: Equals): boolean {
  const fields = event as Record<string, unknown>;
  if (pattern.type !== undefined && fields['type'] !== pattern.type) return false;
  if (pattern.whole !== undefined) return equals(event, pattern.whole);

  for (const [key, expected] of pattern.checks) {
    if (!sameValue(fields[key], expected, equals)) return false;
  }

  const reason = pattern.reason;
  if (reason !== undefined) {
    return REASON_FIELDS.some(
      (key) => fields[key] !== undefined && sameValue(fields[key], reason.expected, equals),
    );
  }
  return true;
}

/** Whether one field is what an item expects: primitives by Object.is, the rest with `equals`. */
export function sameValue(actual: unknown, expected: unknown, equals: Equals): boolean {
  if (expected === null || (typeof expected !== 'object' && typeof expected !== 'function')) {
    return Object.is(actual, expected);
  }
  return equals(actual, expected);
}

/**
 * Compiles what a sequence matcher was given: one sentence, or an array whose items are type
 * names or sentences, partial events, or asymmetric matchers. Throws BadArgument naming the item.
 */
export function compileSequence(expected: unknown, path: string): EventPattern[] {
  if (typeof expected === 'string') return sentencePatterns(expected, path);
  if (!Array.isArray(expected)) {
    throw new BadArgument(
      `${path}: ${showValue(expected)} is neither a sentence nor an array of items`,
    );
  }
  return expected.flatMap((item: unknown, index) => compileItem(item, `${path}[${index}]`));
}

/** Compiles one item (a sentence, a partial event or an asymmetric matcher) into its patterns. */
export function compileItem(item: unknown, path: string): EventPattern[] {
  if (typeof item === 'string') return sentencePatterns(item, path);
  if (isAsymmetric(item))
    return [
      { source: { value: item }, type: undefined, checks: [], reason: undefined, whole: item },
    ];
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new BadArgument(
      `${path}: ${showValue(item)} is not an item (an event type or sentence, a partial event, or an asymmetric matcher)`,
    );
  }
  return [compileFields(item as Record<string, unknown>, path)];
}

/** Compiles a partial event: the type canonicalised, `at` parsed as a duration, keys checked. */
export function compileFields(fields: Record<string, unknown>, path: string): EventPattern {
  let type: string | undefined;
  let reason: EventPattern['reason'];
  const checks: [string, unknown][] = [];

  for (const [key, value] of Object.entries(fields)) {
    if (!KNOWN_KEYS.has(key)) {
      const suggestion = didYouMean(key, EVENT_KEYS);
      const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
      throw new BadArgument(`${path}: "${key}" is not an event field${hint}`);
    }
    if (value === undefined) continue;

    if (key === 'type' && typeof value === 'string') type = knownType(value, `${path}.type`);
    else if (key === 'at' && (typeof value === 'string' || typeof value === 'number'))
      checks.push(['at', offset(value, `${path}.at`)]);
    else if (key === 'reason') reason = { expected: value };
    else checks.push([key, value]);
  }

  return { source: { value: fields }, type, checks, reason, whole: undefined };
}

function sentencePatterns(sentence: string, path: string): EventPattern[] {
  let items: readonly SentenceItem[];
  try {
    items = parseSentence(sentence);
  } catch (error) {
    if (error instanceof SentenceError)
      throw new BadArgument(`${path}: ${error.message.slice(PREFIX.length + 1)}`);
    throw error;
  }
  return items.map(sentencePattern);
}

function sentencePattern(item: SentenceItem): EventPattern {
  const checks: [string, unknown][] = [];
  if (item.task !== undefined) checks.push(['task', item.task]);
  if (item.exitCode !== undefined) checks.push(['exitCode', item.exitCode]);
  if (item.signal !== undefined) checks.push(['signal', item.signal]);
  if (item.exitMessage !== undefined) checks.push(['exitMessage', item.exitMessage]);
  if (item.startDelay !== undefined) checks.push(['startDelay', item.startDelay]);
  if (item.at !== undefined) checks.push(['at', item.at]);
  const reason = item.reason === undefined ? undefined : { expected: item.reason };
  return { source: { text: item.text }, type: item.type, checks, reason, whole: undefined };
}

function knownType(name: string, path: string): string {
  const type = canonicalType(name);
  if (type !== undefined) return type;
  const suggestion = didYouMean(name, EVENT_TYPE_NAMES);
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  throw new BadArgument(`${path}: ${showValue(name)} is not an event type${hint}`);
}

function offset(value: string | number, path: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    if (error instanceof DurationError) throw new BadArgument(durationMessage(path, error));
    throw error;
  }
}
