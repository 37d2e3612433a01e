import { didYouMean } from '../src/errors/index.js';
import { footer, hint } from './define-matcher.js';
import { drawTimeline } from './draw-timeline.js';
import type { EventPattern } from './event-pattern.js';
import type { MatcherContext, MatcherResult } from './matcher-context.js';
import type { EventList, Subject } from './read-received.js';

// Enough names to see what is there, few enough for one line.
const NAMES_SHOWN = 10;

/**
 * Why the items cannot match: the first task name they require (`wbe: Started`, `{ task: 'wbe' }`)
 * that no received event has, with the names there are and a did-you-mean. Undefined when every
 * named task is present, or when there are no events to tell by.
 */
export function unknownTask(
  patterns: readonly EventPattern[],
  events: EventList,
): string | undefined {
  const wanted = new Set<string>();
  for (const pattern of patterns) {
    for (const [key, value] of pattern.checks) {
      if (key === 'task' && typeof value === 'string') wanted.add(value);
    }
  }
  if (wanted.size === 0 || events.length === 0) return undefined;

  // Read only while a wanted name is still unseen: a timeline of one task ends this at once.
  const present = new Set<string>();
  for (let index = 0; index < events.length; index++) {
    const task = events.at(index)?.task;
    if (task === undefined || present.has(task)) continue;
    present.add(task);
    wanted.delete(task);
    if (wanted.size === 0) return undefined;
  }

  const [name = ''] = wanted;
  const names = [...present];
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const more = names.length > NAMES_SHOWN ? `, … ${names.length - NAMES_SHOWN} more` : '';
  const near = didYouMean(name, names);
  const suggestion = near === undefined ? '' : `; did you mean "${near}"?`;
  return `no task named ${JSON.stringify(name)} in the received value (tasks: ${shown}${more})${suggestion}`;
}

/**
 * The result of a matcher whose items name a task the received value does not have: a failure
 * under `.not` too, since a misspelt name would otherwise make every negation pass. The timeline
 * is drawn with its task column, even for one task, so the names can be compared.
 */
export function unknownTaskResult(
  context: MatcherContext,
  usage: { readonly name: string; readonly args: string; readonly expected: () => string },
  why: string,
  subject: Subject,
): MatcherResult {
  const events = subject.events();
  const message = (): string => {
    const timeline = drawTimeline(events, { marks: new Map(), focus: 0, taskColumn: true });
    return `${hint(context, usage.name, usage.args)}\n\n${usage.expected()}\nCannot match: ${why}\n\nReceived timeline:\n${timeline}${footer(subject)}`;
  };
  return { pass: context.isNot === true, message };
}
