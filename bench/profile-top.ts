// Summarises the .cpuprofile files `node --cpu-prof` wrote: the functions with the most self time.
// node --import tsx bench/profile-top.ts <dir> [rows]
import { readdirSync, readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [dir = '.', rows = '25'] = process.argv.slice(2);
for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    const where = frame?.url.replace(/^.*\/(node_modules|src|matchers|bench)\//, '$1/') ?? '';
    const line = frame === undefined ? '' : `:${frame.lineNumber + 1}`;
    const key = `${frame?.functionName || '(anonymous)'}  ${where}${line}`;
    const micros = profile.timeDeltas[index] ?? 0;
    self.set(key, (self.get(key) ?? 0) + micros);
    total += micros;
  });

  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(rows));
  for (const [key, micros] of top) {
    const share = ((100 * micros) / total).toFixed(1);
    console.log(`${(micros / 1000).toFixed(1).padStart(9)} ms ${share.padStart(5)}%  ${key}`);
  }
}
