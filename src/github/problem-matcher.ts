// Registers the problem matcher for later steps of the job, as setup-* actions do for their compilers: a
// `run: npx lkm-audit` step after this action then turns its text output into annotations too.

import { existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = join('.github', 'lkm-audit-matcher.json');

/** The matcher file of this copy of the action: beside dist/ in the action's checkout, or the source tree. */
export function problemMatcherPath(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, '..', FILE), join(here, '..', '..', FILE)].find((p) => existsSync(p));
}

export function registerProblemMatcher(write: (s: string) => void = (s) => process.stdout.write(s)): void {
  const file = problemMatcherPath();
  if (file) write(`::add-matcher::${file}${EOL}`);
}
