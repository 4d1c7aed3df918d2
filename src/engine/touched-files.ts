// The fast path for a commit hook: only the rules whose facts the touched files feed, and only findings in those
// files (or repository-level findings of those rules). The repository model is still built once, whole: a rule
// about a touched file may need the others (an init in one file, its exit in another).

import type { Category } from '../types.js';

const C_FACTS: Category[] = ['build', 'license', 'docs', 'compat', 'cleanup', 'security', 'style', 'upstream', 'hygiene'];
const ALL: Category[] = [...C_FACTS, 'ci', 'dkms'];

/** The categories whose rules read facts from a file at `path` (repository-relative). */
export function categoriesFedBy(path: string): Category[] {
  const base = path.split('/').pop() ?? path;
  if (/\.[ch]$/.test(base)) return C_FACTS;
  if (base === '.lkm-audit.yml') return ALL;
  if (/^(Makefile|Kbuild|GNUmakefile)(\.in)?$|\.mk$/.test(base)) return ['build', 'license', 'dkms', 'upstream', 'compat', 'hygiene'];
  if (/^Kconfig/.test(base)) return ['build', 'license', 'upstream', 'hygiene'];
  if (/^dkms\.conf/.test(base)) return ['dkms', 'build', 'compat', 'docs'];
  if (/^\.github\/workflows\/|^\.gitlab-ci\.ya?ml$|^\.travis\.ya?ml$/.test(path) || base === '.gitlab-ci.yml') return ['ci', 'compat'];
  if (/^(README|INSTALL|COMPAT|SUPPORT)|\.(md|rst|txt)$/i.test(base)) return ['docs', 'compat', 'ci', 'license'];
  if (/^(LICEN[CS]E|COPYING)/i.test(base)) return ['license'];
  if (base === '.gitignore' || /\.(o|ko|mod|mod\.c|cmd|a)$|^(Module\.symvers|modules\.order)$/.test(base)) return ['build'];
  return ['license', 'hygiene'];
}

export interface TouchedScope {
  files: Set<string>;
  categories: Set<Category>;
  /** Categories whose repository-level facts a touched build, CI or documentation file can change. */
  repositoryCategories: Set<Category>;
}

export function touchedScope(paths: readonly string[]): TouchedScope {
  const files = new Set(paths.map((p) => p.replace(/^\.\//, '')));
  const nonSource = [...files].filter((f) => !/\.[ch]$/.test(f));
  return {
    files,
    categories: new Set([...files].flatMap(categoriesFedBy)),
    repositoryCategories: new Set(nonSource.flatMap(categoriesFedBy)),
  };
}

/**
 * Whether a finding of a rule in `category` at `file` is one the hook reports: one in a touched file, or a
 * repository-level one (no file) when a touched non-source file feeds its category (editing C code does not
 * bring up "no README" on every commit).
 */
export function inScope(scope: TouchedScope, category: Category, file: string | undefined): boolean {
  if (!scope.categories.has(category)) return false;
  return file === undefined ? scope.repositoryCategories.has(category) : scope.files.has(file);
}
