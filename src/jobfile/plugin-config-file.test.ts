import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadPluginConfig, parsePluginConfigFile } from './index.js';

describe('parsePluginConfigFile', () => {
  it('reads the example agent config, ignoring the other plugins and settings', async () => {
    const path = fileURLToPath(new URL('../../examples/agent.hcl', import.meta.url));

    expect(await loadPluginConfig(path)).toEqual({
      fs_isolation: 'chroot',
      shutdown_periodic_after: true,
      shutdown_periodic_duration: 3600e9,
    });
  });

  it.each([
    [
      'inside a config block, as the agent reads them',
      'plugin "mock_driver" {\n  config {\n    fs_isolation = "image"\n    shutdown_periodic_after = true\n  }\n}\n',
    ],
    [
      'directly in the plugin block, as the documentation shows them',
      'plugin "mock_driver" {\n  fs_isolation = "image"\n  shutdown_periodic_after = true\n}\n',
    ],
  ])('reads the options written %s', async (_, text) => {
    expect(await parsePluginConfigFile(text)).toEqual({
      fs_isolation: 'image',
      shutdown_periodic_after: true,
      shutdown_periodic_duration: 0,
    });
  });

  it('reads an agent config in JSON', async () => {
    const text = JSON.stringify({
      plugin: { mock_driver: { config: { fs_isolation: 'chroot' } } },
    });

    expect(await parsePluginConfigFile(text, { filename: 'agent.json' })).toMatchObject({
      fs_isolation: 'chroot',
    });
  });

  it('gives an empty plugin block the defaults', async () => {
    expect(await parsePluginConfigFile('plugin "mock_driver" {}')).toEqual({
      fs_isolation: 'none',
      shutdown_periodic_after: false,
      shutdown_periodic_duration: 0,
    });
  });

  it.each([
    [
      'an unknown option, with its path and position',
      'plugin "mock_driver" {\n  config {\n    fs_isolaton = "none"\n  }\n}\n',
      'taskdouble: plugin["mock_driver"].config.fs_isolaton: unknown key (did you mean "fs_isolation"?) (at agent.hcl:3:5)',
    ],
    [
      'an option set in both places',
      'plugin "mock_driver" {\n  fs_isolation = "none"\n  config {\n    fs_isolation = "chroot"\n  }\n}\n',
      'taskdouble: plugin["mock_driver"].config.fs_isolation: is also set at plugin["mock_driver"].fs_isolation (set it in one place) (at agent.hcl:4:5)',
    ],
    [
      'no mock_driver plugin',
      'plugin "docker" {\n  config {}\n}\n',
      'taskdouble: agent.hcl: expected one plugin "mock_driver" { config { ... } } block, got 0',
    ],
    [
      'a syntax error',
      'plugin "mock_driver" {\n  config {\n',
      'taskdouble: agent.hcl:2:10: Unclosed configuration block: There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
    ],
  ])('rejects %s', async (_, text, expected) => {
    await expect(parsePluginConfigFile(text)).rejects.toThrow(expected);
  });
});
