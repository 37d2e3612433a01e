import { formatDuration } from '../src/duration/index.js';
import { didYouMean } from '../src/errors/index.js';
import type { EventPattern } from './event-pattern.js';
import type { MatcherContext } from './matcher-context.js';
import type { FieldMiss, NearMiss, NearMisses } from './near-misses.js';
import { renderValue } from './render-value.js';

// A sentence item's fields by the clause words the user wrote them with.
const CLAUSE_WORDS: Readonly<Record<string, string>> = {
  exitCode: 'exit code',
  signal: 'signal',
  exitMessage: 'message',
  startDelay: 'delay',
  reason: 'reason',
};

// Fields a sentence gives as durations, shown as durations again.
const SENTENCE_DURATIONS = new Set(['startDelay']);

// Texts longer than this are never called a typo apart (see describeMiss).
const TYPO_LENGTH = 200;

/**
 * The lines that name an item's near misses under a failure's explanation, or '' when there
 * are none: `Near miss: Restarting at 30s has reason "Restart within policy"`. Each difference
 * shows the event's value in the words the item was written in (clause words for a sentence,
 * keys for a partial event), with the expected value unless the two are a typo apart.
 */
export function describeNearMisses(
  context: MatcherContext,
  pattern: EventPattern,
  found: NearMisses | undefined,
): string {
  if (found === undefined || found.shown.length === 0) return '';

  const sentence = 'text' in pattern.source;
  const lines = found.shown.map((near) => describeOne(context, near, sentence, found.severalTasks));
  if (found.more > 0) {
    const events = found.more === 1 ? 'event differs' : 'events differ';
    const alike = found.moreAlike ? ' the same way' : '';
    lines.push(`… ${found.more} more ${found.type} ${events}${alike}`);
  }

  const label = found.shown.length + found.more > 1 ? 'Near misses: ' : 'Near miss: ';
  return `\n${label}${lines.join(`\n${' '.repeat(label.length)}`)}`;
}

function describeOne(
  context: MatcherContext,
  { event, misses }: NearMiss,
  sentence: boolean,
  severalTasks: boolean,
): string {
  const task = severalTasks && event.task !== undefined ? `${event.task}: ` : '';
  let text = `${task}${event.type} at ${duration(event.at)}`;

  // The event's own offset is already in its name, so a wrong `at` only adds the one expected.
  const at = misses.find((miss) => miss.key === 'at');
  if (at !== undefined)
    text += ` (expected at ${context.utils.EXPECTED_COLOR(duration(at.expected))})`;

  const rest = misses.filter((miss) => miss.key !== 'at');
  if (rest.length === 0) return text;
  const phrases = rest.map((miss) => describeMiss(context, miss, sentence));
  return `${text} has ${phrases.join(sentence ? ' and ' : ', ')}`;
}

function describeMiss(context: MatcherContext, miss: FieldMiss, sentence: boolean): string {
  const { EXPECTED_COLOR, RECEIVED_COLOR } = context.utils;
  const word = sentence ? (CLAUSE_WORDS[miss.key] ?? miss.key) : `${miss.key}:`;
  const show = (value: unknown): string =>
    sentence && SENTENCE_DURATIONS.has(miss.key) ? duration(value) : renderValue(value);

  if (sentence && miss.actual === undefined)
    return `no ${word} (expected ${EXPECTED_COLOR(show(miss.expected))})`;
  const actual = `${word} ${RECEIVED_COLOR(show(miss.actual))}`;

  // A value a typo away from the expected one is plain to see without repeating it. The edit
  // distance costs the product of the lengths, so beside a long text the expected one is shown.
  const typo =
    typeof miss.actual === 'string' &&
    typeof miss.expected === 'string' &&
    miss.actual.length <= TYPO_LENGTH &&
    miss.expected.length <= TYPO_LENGTH &&
    didYouMean(miss.expected, [miss.actual]) !== undefined;
  return typo ? actual : `${actual} (expected ${EXPECTED_COLOR(show(miss.expected))})`;
}

// Offsets and delays are integer nanoseconds; an asymmetric matcher or odd value prints as itself.
function duration(value: unknown): string {
  return typeof value === 'number' && Number.isSafeInteger(value)
    ? formatDuration(value)
    : renderValue(value);
}
