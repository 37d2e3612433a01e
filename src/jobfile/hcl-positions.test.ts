import { describe, expect, it } from 'vitest';

import { hclPositions } from './hcl-positions.js';

describe('hclPositions', () => {
  it('finds blocks and attributes past strings, templates, heredocs and comments', () => {
    const text = [
      'job "a" {',
      '  # a comment { with a brace',
      '  meta = { x = "}" }',
      '  group "g" { count = 2 }',
      '  group "h" {',
      '    task "t" {',
      '      template {',
      '        data = <<-EOH',
      '          } not a brace ${x}',
      '        EOH',
      '      }',
      '      /* block',
      '         comment */ config {',
      '        stdout_string = "${lookup({"a" = "}"}, "a")}"',
      '        ports = [',
      '          "http",',
      '        ]',
      '        run_for = "1s"',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');

    expect(
      Object.fromEntries(
        [...hclPositions(text)].map(([path, p]) => [path, `${p.line}:${p.column}`]),
      ),
    ).toEqual({
      job: '1:1',
      'job.meta': '3:3',
      'job.group["g"]': '4:3',
      'job.group["g"].count': '4:15',
      'job.group["h"]': '5:3',
      'job.group["h"].task["t"]': '6:5',
      'job.group["h"].task["t"].template': '7:7',
      'job.group["h"].task["t"].template.data': '8:9',
      'job.group["h"].task["t"].config': '13:21',
      'job.group["h"].task["t"].config.stdout_string': '14:9',
      'job.group["h"].task["t"].config.ports': '15:9',
      'job.group["h"].task["t"].config.run_for': '18:9',
    });
  });
});
