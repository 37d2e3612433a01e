/** A place in a file, both 1-based. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Where each block and attribute of an HCL file starts, keyed by its path in the job as our
 * messages write it: `job.group["web"].task["api"].config.run_for`. The `job` block's label is
 * left out (a file holds one job); other blocks show theirs as `["label"]`.
 *
 * The HCL parser gives positions for syntax errors only, so this scanner finds the keys again
 * to point a schema error at its line. It runs on text the parser has accepted and is best
 * effort: whatever it cannot follow is simply not in the map.
 */
export function hclPositions(text: string): Map<string, Position> {
  const scanner = new Scanner(text);
  const positions = new Map<string, Position>();
  scanner.body('', positions);
  return positions;
}

class Scanner {
  private at = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  /** Reads statements until the closing brace of the body (or the end of the file). */
  body(path: string, positions: Map<string, Position>): void {
    for (;;) {
      this.skipSpace(true);
      const char = this.text[this.at];
      if (char === undefined) return;
      if (char === '}') {
        this.advance(1);
        return;
      }

      const position = this.position();
      const name = this.identifier();
      if (name === '') return;

      this.skipSpace(false);
      if (this.text[this.at] === '=' && this.text[this.at + 1] !== '=') {
        this.advance(1);
        positions.set(`${path}${path === '' ? '' : '.'}${name}`, position);
        this.skipExpression();
        continue;
      }

      const labels = this.labels();
      if (this.text[this.at] !== '{') return;
      this.advance(1);

      const shown =
        name === 'job' && path === '' ? '' : labels.map((l) => `[${JSON.stringify(l)}]`).join('');
      const blockPath = `${path}${path === '' ? '' : '.'}${name}${shown}`;
      if (!positions.has(blockPath)) positions.set(blockPath, position);
      this.body(blockPath, positions);
    }
  }

  private labels(): string[] {
    const labels: string[] = [];
    for (;;) {
      this.skipSpace(false);
      const char = this.text[this.at];
      if (char === '"') {
        const start = this.at;
        this.skipString();
        labels.push(parseLabel(this.text.slice(start, this.at)));
      } else if (char !== undefined && /[A-Za-z_]/.test(char)) {
        labels.push(this.identifier());
      } else {
        return labels;
      }
    }
  }

  private identifier(): string {
    const match = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.at, this.at + 256));
    const name = match?.[0] ?? '';
    this.advance(name.length);
    return name;
  }

  /** Skips an expression: up to a newline or an unmatched closing brace outside brackets. */
  private skipExpression(): void {
    let depth = 0;
    for (;;) {
      this.skipSpace(depth > 0);
      const char = this.text[this.at];
      if (char === undefined) return;
      if (depth === 0 && (char === '\n' || char === '}')) return;

      if (char === '"') this.skipString();
      else if (char === '<' && this.text.startsWith('<<', this.at)) this.skipHeredoc();
      else {
        if ('([{'.includes(char)) depth++;
        if (')]}'.includes(char)) depth--;
        this.advance(1);
      }
    }
  }

  /** Skips a quoted string, with its `${...}` and `%{...}` templates. */
  private skipString(): void {
    this.advance(1);
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined || char === '\n') return;
      if (char === '"') {
        this.advance(1);
        return;
      }
      if (char === '\\') this.advance(2);
      else if ((char === '$' || char === '%') && this.text[this.at + 1] === '{') {
        this.advance(2);
        this.skipTemplate();
      } else this.advance(1);
    }
  }

  private skipTemplate(): void {
    let depth = 1;
    while (depth > 0 && this.at < this.text.length) {
      const char = this.text[this.at];
      if (char === '"') this.skipString();
      else {
        if (char === '{') depth++;
        if (char === '}') depth--;
        this.advance(1);
      }
    }
  }

  private skipHeredoc(): void {
    const match = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(this.text.slice(this.at, this.at + 300));
    if (match === null) {
      this.advance(2);
      return;
    }
    this.advance(match[0].length);

    const marker = match[1] ?? '';
    for (;;) {
      const end = this.text.indexOf('\n', this.at);
      const lineText = this.text.slice(this.at, end === -1 ? undefined : end);
      this.advance(lineText.length);
      if (lineText.trim() === marker || end === -1) return;
      this.advance(1);
    }
  }

  /** Skips blanks and comments; newlines too when `newlines` (inside brackets or bodies). */
  private skipSpace(newlines: boolean): void {
    for (;;) {
      const char = this.text[this.at];
      if (char === ' ' || char === '\t' || char === '\r' || (newlines && char === '\n')) {
        this.advance(1);
      } else if (char === '#' || (char === '/' && this.text[this.at + 1] === '/')) {
        const end = this.text.indexOf('\n', this.at);
        this.advance((end === -1 ? this.text.length : end) - this.at);
      } else if (char === '/' && this.text[this.at + 1] === '*') {
        const end = this.text.indexOf('*/', this.at + 2);
        this.advance((end === -1 ? this.text.length : end + 2) - this.at);
      } else {
        return;
      }
    }
  }

  private advance(count: number): void {
    const end = Math.min(this.at + count, this.text.length);
    for (let i = this.at; i < end; i++) {
      if (this.text[i] === '\n') {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.at = end;
  }

  private position(): Position {
    return { line: this.line, column: this.at - this.lineStart + 1 };
  }
}

function parseLabel(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
