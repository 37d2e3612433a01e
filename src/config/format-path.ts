// Keys that read well after a dot; anything else is shown in brackets, quoted.
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders a path the way a user would write it: `groups[0].tasks[1].config.exit_code`,
 * starting at `base` (`config`, or `''` for top-level keys). The root itself is `rootLabel`.
 */
export function formatPath(
  base: string,
  segments: readonly PropertyKey[],
  rootLabel: string,
): string {
  let path = base;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else if (typeof segment === 'string' && IDENTIFIER.test(segment)) {
      path += path === '' ? segment : `.${segment}`;
    } else {
      path += `[${JSON.stringify(String(segment))}]`;
    }
  }
  return path === '' ? rootLabel : path;
}
