// Unified diffs of fix results (the `diff` package: the same format as `git diff`, so `git apply` takes it).

import { createTwoFilesPatch } from 'diff';
import type { FileChange } from './engine.js';

export function unifiedDiff(changes: FileChange[]): string {
  return changes
    .map((c) =>
      createTwoFilesPatch(
        c.before ? `a/${c.file}` : '/dev/null',
        `b/${c.file}`,
        c.before ? c.before.toString('utf8') : '',
        c.after.toString('utf8'),
        undefined,
        undefined,
        { context: 3 },
      )
        // The `diff` package prints an Index line and a separator first; git's format starts at `---`.
        .replace(/^(?:Index: .*\n)?=+\n/, ''),
    )
    .join('');
}
