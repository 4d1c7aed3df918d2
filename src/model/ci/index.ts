// Builds the CI model from the scan: which CI systems are configured, whether they build the module, and against
// which kernels.

import type { RepoFiles } from '../../scan/types.js';
import { sortSeries } from '../kernels/version.js';
import { RUNTIME_LIST } from './commands.js';
import { githubBuilds } from './github.js';
import { gitlabBuilds } from './gitlab.js';
import { travisBuilds } from './travis.js';
import type { CiBuild, CiFile, CiModel } from './types.js';
import { readYaml } from './yaml-util.js';

export function ciSystemOf(path: string): CiFile['system'] | undefined {
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'github';
  if (/^\.gitlab-ci\.ya?ml$/.test(path) || /^\.gitlab\/ci\/.+\.ya?ml$/.test(path)) return 'gitlab';
  if (path === '.travis.yml') return 'travis';
  if (
    /^(\.circleci\/config\.yml|Jenkinsfile|azure-pipelines\.yml|\.drone\.yml|\.cirrus\.yml|appveyor\.yml|\.woodpecker\.ya?ml|bitbucket-pipelines\.yml)$/.test(
      path,
    )
  )
    return 'other';
  return undefined;
}

export function buildCiModel(scan: RepoFiles): CiModel {
  const files: CiFile[] = [];
  const builds: CiBuild[] = [];
  const notes: NonNullable<CiModel['notes']> = [];
  for (const f of scan.files.values()) {
    const system = ciSystemOf(f.path);
    if (!system) continue;
    files.push({ path: f.path, system });
    if (system === 'other' || f.text === undefined) continue;
    const y = readYaml(f.text);
    if (y.error) notes.push({ file: f.path, line: y.error.line, message: `CI file not parsed: ${y.error.message}` });
    if (y.value === undefined || y.value === null) continue;
    if (system === 'github') builds.push(...githubBuilds(f.path, y, scan));
    if (system === 'gitlab') builds.push(...gitlabBuilds(f.path, y, scan));
    if (system === 'travis') builds.push(...travisBuilds(f.path, y, scan));
  }
  const targets = [...new Set(builds.flatMap((b) => b.kernels))].sort();
  return { files, builds, tested: sortSeries(targets), runtime: targets.includes(RUNTIME_LIST), targets, notes };
}
