import { eventRows, layoutRows } from './event-table.js';
import { type Subject, kindOf, readReceived } from './read-received.js';

/** The parts of the printer's config a snapshot serializer reads (pretty-format's shape). */
export interface SerializerConfig {
  readonly indent: string;
  readonly min?: boolean;
}

/** A snapshot serializer plugin as Vitest's and Jest's `addSnapshotSerializer` take it. */
export interface TimelineSerializer {
  test(value: unknown): boolean;
  serialize(value: unknown, config: SerializerConfig, indentation: string): string;
}

/**
 * Prints a task, alloc, job, scenario, Timeline or event array as a table, one event per line
 * (offset, task when several, type, display message), so a snapshot reads like a timeline and
 * diffs line by line.
 */
export const serializer: TimelineSerializer = {
  test(value) {
    const kind = kindOf(value);
    // An empty array is just an empty array: claiming it would change every `[]` snapshot.
    return kind !== undefined && !(kind === 'array' && (value as unknown[]).length === 0);
  },

  serialize(value, config, indentation) {
    const subject = readReceived(value);
    const title = titleOf(subject);
    const events = subject.events();
    if (events.length === 0) return `${title} []`;

    if (config.min === true) {
      const rows = eventRows(events).map((cells) => cells.filter((cell) => cell !== '').join(' '));
      return `${title} [${rows.join(', ')}]`;
    }

    const inner = indentation + config.indent;
    const lines = layoutRows(eventRows(events)).map((row) => inner + row);
    return `${title} [\n${lines.join('\n')}\n${indentation}]`;
  },
};

function titleOf(subject: Subject): string {
  const name = JSON.stringify(subject.value['name']);
  switch (subject.kind) {
    case 'task':
      return `MockTask ${name}`;
    case 'alloc':
      return `MockAlloc ${name}`;
    case 'job':
      return `MockJob ${name}`;
    case 'scenario':
      return 'Scenario';
    case 'timeline':
      return 'Timeline';
    case 'array':
      return 'Events';
  }
}
