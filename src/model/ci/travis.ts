// Travis CI: `env` (global and per job) and `jobs/matrix: include` expanded; install and script phases read.

import type { RepoFiles } from '../../scan/types.js';
import { analyseCommands } from './commands.js';
import type { CiBuild } from './types.js';
import { asArray, asRecord, asText, keyLine, type YamlFile } from './yaml-util.js';

const PHASES = ['before_install', 'install', 'before_script', 'script'];

export function travisBuilds(path: string, y: YamlFile, scan: RepoFiles): CiBuild[] {
  const root = asRecord(y.value);
  const envNode = root.env;
  const globalEnv = parseEnv(asRecord(envNode).global ?? (Array.isArray(envNode) ? [] : typeof envNode === 'string' ? envNode : []));
  const jobEnvs: string[] = Array.isArray(envNode)
    ? envNode.map(asText)
    : asArray(asRecord(envNode).jobs ?? asRecord(envNode).matrix).map(asText);
  const includes = asArray(asRecord(root.jobs ?? root.matrix).include).map(asRecord);
  const jobs: Record<string, unknown>[] = [
    ...(jobEnvs.length ? jobEnvs.map((e) => ({ env: e })) : includes.length ? [] : [{}]),
    ...includes,
  ];
  const builds: CiBuild[] = [];
  jobs.forEach((job, i) => {
    const vars = { ...globalEnv, ...parseEnv(job.env) };
    const script = PHASES.map((p) => asText(job[p] ?? root[p])).join('\n');
    const a = analyseCommands(script, { vars, runner: asText(job.dist ?? root.dist) || 'travis', scan });
    if (!a.builds) return;
    builds.push({ file: path, line: keyLine(y, ['script']), kernels: a.kernels, how: a.how[0], job: `job ${i + 1}` });
  });
  return builds;
}

function parseEnv(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of asArray(v)) {
    if (item && typeof item === 'object') {
      for (const [k, x] of Object.entries(asRecord(item))) out[k] = asText(x);
      continue;
    }
    for (const m of asText(item).matchAll(/([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S+)/g)) out[m[1]] = m[2].replace(/^["']|["']$/g, '');
  }
  return out;
}
