// Where a finding points. Repository-level findings (no README, no CI) have no file, but SARIF results, check-run
// annotations and links need one: they anchor on the first module's build file, the natural front door of a module
// repository, or else on the first file any finding names.

import type { Finding } from '../types.js';
import type { Report } from './types.js';

export interface Anchor {
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** True when the finding itself names no file and the anchor was chosen for it. */
  repositoryLevel: boolean;
}

export function repositoryAnchorFile(report: Report): string {
  const module = report.modules[0];
  if (module?.buildFile) {
    const dir = module.dir && module.dir !== '.' ? module.dir : '';
    return dir && !module.buildFile.startsWith(`${dir}/`) ? `${dir}/${module.buildFile}` : module.buildFile;
  }
  return report.findings.find((f) => f.file)?.file ?? 'README.md';
}

export function anchorOf(finding: Finding, report: Report): Anchor {
  if (!finding.file) return { file: repositoryAnchorFile(report), line: 1, repositoryLevel: true };
  const line = finding.line ?? 1;
  return {
    file: finding.file,
    line,
    column: finding.column,
    endLine: finding.endLine ?? line,
    endColumn: finding.endColumn,
    repositoryLevel: false,
  };
}
