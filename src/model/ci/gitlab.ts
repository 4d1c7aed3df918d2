// GitLab CI: jobs with `extends` and YAML anchors/merge keys resolved, `parallel: matrix` expanded.

import type { RepoFiles } from '../../scan/types.js';
import { analyseCommands } from './commands.js';
import { mergeHeaderSteps } from './github.js';
import { expandGitlabMatrix } from './matrix.js';
import type { CiBuild } from './types.js';
import { asArray, asRecord, asText, keyLine, type YamlFile } from './yaml-util.js';

const RESERVED = new Set([
  'stages',
  'variables',
  'default',
  'include',
  'workflow',
  'image',
  'services',
  'before_script',
  'after_script',
  'cache',
  'pages',
]);

export function gitlabBuilds(path: string, y: YamlFile, scan: RepoFiles): CiBuild[] {
  const root = asRecord(y.value);
  const defaults = {
    ...asRecord(root.default),
    image: asRecord(root.default).image ?? root.image,
    before_script: asRecord(root.default).before_script ?? root.before_script,
  };
  const globalVars = vars(root.variables);
  const builds: CiBuild[] = [];
  for (const [name, raw] of Object.entries(root)) {
    if (RESERVED.has(name) || name.startsWith('.') || !raw || typeof raw !== 'object') continue;
    const job = resolveExtends(name, root, new Set());
    const image =
      asText(asRecord(job.image).name) || asText(job.image) || asText(asRecord(defaults.image).name) || asText(defaults.image) || undefined;
    const script = [job.before_script ?? defaults.before_script, job.script].map(asText).join('\n');
    for (const combo of expandGitlabMatrix(job.parallel)) {
      const all = { ...globalVars, ...vars(job.variables), ...combo };
      const a = analyseCommands(script, { vars: all, image: image && substituteImage(image, all), scan });
      if (!a.builds && a.kernels.length === 0) continue;
      builds.push({
        file: path,
        line: keyLine(y, [name]),
        kernels: a.kernels,
        how: a.builds ? a.how[0] : 'installs kernel headers',
        job: Object.keys(combo).length ? `${name} (${Object.values(combo).join(', ')})` : name,
        ...(a.builds ? {} : { headersOnly: true }),
      } as CiBuild);
    }
  }
  return mergeHeaderSteps(builds);
}

function substituteImage(image: string, v: Record<string, string>): string {
  return image.replace(/\$\{?(\w+)\}?/g, (m, k) => v[k] ?? m);
}

/** `extends:` merges the named jobs (hidden `.templates` too) under the job's own keys, recursively. */
function resolveExtends(name: string, root: Record<string, unknown>, seen: Set<string>): Record<string, unknown> {
  const job = asRecord(root[name]);
  if (seen.has(name)) return job;
  seen.add(name);
  let base: Record<string, unknown> = {};
  for (const parent of asArray(job.extends).map(asText)) base = deepMerge(base, resolveExtends(parent, root, seen));
  return deepMerge(base, job);
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const av = out[k];
    out[k] =
      av && v && typeof av === 'object' && typeof v === 'object' && !Array.isArray(av) && !Array.isArray(v)
        ? deepMerge(asRecord(av), asRecord(v))
        : v;
  }
  return out;
}

function vars(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(asRecord(v))) out[k] = typeof x === 'object' && x ? asText(asRecord(x).value) : asText(x);
  return out;
}
