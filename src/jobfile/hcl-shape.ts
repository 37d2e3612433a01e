/** A block body in the HCL parser's JSON shape: attributes as values, blocks as below. */
export type Body = Record<string, unknown>;

/** Whether a value is a plain object (a body or an object attribute). */
export function isBody(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The bodies of an unlabeled block: the parser gives `[body, ...]` (one per repetition); HCL's
 * JSON syntax may give the body itself. `undefined` when the value is not a block.
 */
export function blockBodies(value: unknown): Body[] | undefined {
  if (isBody(value)) return [value];
  if (Array.isArray(value) && value.length > 0 && value.every(isBody)) return value;
  return undefined;
}

/**
 * The blocks of one type with one label, in file order: `{ "web": [body], "db": [body] }`
 * becomes `[["web", body], ["db", body]]`. `undefined` when the value is not labeled blocks.
 */
export function labeledBlocks(value: unknown): [string, Body][] | undefined {
  if (!isBody(value)) return undefined;

  const blocks: [string, Body][] = [];
  for (const [label, bodies] of Object.entries(value)) {
    const list = blockBodies(bodies);
    if (list === undefined) return undefined;
    for (const body of list) blocks.push([label, body]);
  }
  return blocks;
}

/** How messages name a labeled block under `parent`: `job.group["web"]`. */
export function blockPath(parent: string, type: string, label: string): string {
  return `${parent}.${type}[${JSON.stringify(label)}]`;
}
