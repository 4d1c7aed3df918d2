// The cli.js of a build to measure or compare: a file given as such, the working tree's sources ('.'), or a git
// revision exported to a temporary folder; each but the first is built into `work` (scripts/compare-reports.mjs,
// scripts/instructions.mjs).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export function cliFor(spec, label, work) {
  if (spec.endsWith('.js') && existsSync(spec)) return path.resolve(spec);
  const out = `${work}/${label}-dist`;
  let src = process.cwd();
  if (spec !== '.') {
    src = `${work}/${label}-src`;
    mkdirSync(src, { recursive: true });
    const tar = execFileSync('git', ['archive', spec], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', src], { input: tar });
    symlinkSync(path.resolve('node_modules'), `${src}/node_modules`);
  }
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: src, env: { ...process.env, LKM_DIST_OUT: out } });
  return `${out}/cli.js`;
}
