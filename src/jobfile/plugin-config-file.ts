import {
  ConfigError,
  parsePluginConfig,
  type ConfigIssue,
  type PluginConfig,
} from '../config/index.js';
import { showValue } from '../errors/index.js';
import { blockBodies, labeledBlocks, type Body } from './hcl-shape.js';
import { hclPositions, type Position } from './hcl-positions.js';
import { readHcl } from './hcl-reader.js';
import { positioned } from './job-issues.js';
import { parseJsonText } from './json-text.js';
import { formatOf, type ParseJobOptions } from './parse-job.js';
import { readText } from './read-text.js';

const BLOCK = 'plugin["mock_driver"]';

// Keys of a plugin block that belong to Nomad's plugin loader, not to the driver.
const LOADER_KEYS = new Set(['config', 'args']);

/**
 * Reads the mock driver's options from a Nomad agent config file: the `plugin "mock_driver"`
 * block, with its options inside `config { ... }` (as Nomad's agent reads them) or directly in
 * the block (as the mock driver's documentation shows them). Other plugins and every other
 * agent setting are ignored.
 *
 * @example await parsePluginConfigFile('plugin "mock_driver" { config { fs_isolation = "chroot" } }')
 */
export async function parsePluginConfigFile(
  text: string,
  options: ParseJobOptions = {},
): Promise<PluginConfig> {
  const format = options.format ?? formatOf(options.filename, text);
  const filename = options.filename ?? (format === 'hcl' ? 'agent.hcl' : 'agent.json');
  const what = `agent config ${filename}`;

  const document =
    format === 'hcl'
      ? await readHcl(text, filename)
      : parseJsonText(text, filename, 'agent config');
  const positions: ReadonlyMap<string, Position> =
    format === 'hcl' ? hclPositions(text) : new Map();
  const fail = (issues: ConfigIssue[]): never => {
    throw new ConfigError(
      what,
      issues.map((issue) => positioned(issue, positions, filename)),
    );
  };

  const plugins =
    typeof document === 'object' && document !== null
      ? labeledBlocks((document as Body)['plugin'])
      : undefined;
  const blocks = (plugins ?? [])
    .filter(([label]) => label === 'mock_driver')
    .map(([, body]) => body);
  const [block, ...others] = blocks;
  if (block === undefined || others.length > 0) {
    return fail([
      {
        path: filename,
        message: `expected one plugin "mock_driver" { config { ... } } block, got ${blocks.length}`,
      },
    ]);
  }

  const { input, sources, issues } = pluginOptions(block);
  if (issues.length > 0) return fail(issues);

  try {
    return parsePluginConfig(input);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(
      error.issues.map((issue) => ({ ...issue, path: sources.get(issue.path) ?? BLOCK })),
    );
  }
}

/** The plugin options of an agent config file on disk (HCL, or JSON for `.json`). */
export async function loadPluginConfig(path: string): Promise<PluginConfig> {
  return parsePluginConfigFile(await readText(path, 'agent config'), { filename: path });
}

/** The options of both places merged, and where each came from for messages. */
function pluginOptions(block: Body): {
  input: Body;
  sources: Map<string, string>;
  issues: ConfigIssue[];
} {
  const input: Body = {};
  const sources = new Map<string, string>();
  const issues: ConfigIssue[] = [];

  const configValue = block['config'];
  const configBodies = configValue === undefined ? [] : blockBodies(configValue);
  if (configBodies === undefined || configBodies.length > 1) {
    issues.push({
      path: `${BLOCK}.config`,
      message: `expected one config { ... } block, got ${showValue(configValue)}`,
    });
  }

  const direct = Object.entries(block).filter(([key]) => !LOADER_KEYS.has(key));
  const inConfig = Object.entries(configBodies?.[0] ?? {});
  for (const [key, value, path] of [
    ...direct.map(([key, value]) => [key, value, `${BLOCK}.${key}`] as const),
    ...inConfig.map(([key, value]) => [key, value, `${BLOCK}.config.${key}`] as const),
  ]) {
    if (sources.has(key)) {
      issues.push({
        path,
        message: `is also set at ${sources.get(key) ?? BLOCK} (set it in one place)`,
      });
    }
    input[key] = value;
    sources.set(key, path);
  }

  return { input, sources, issues };
}
