// Saying a fact once: a repository-wide fact lists the files it concerns instead of repeating itself per file.

const SHOWN_FILES = 5;

/** `a.c, b.c and c.h` or `a.c, b.c, c.h, d.c, e.c and 12 more`. */
export function listFiles(paths: readonly string[], shown = SHOWN_FILES): string {
  if (paths.length <= shown) {
    if (paths.length <= 1) return paths.join('');
    return `${paths.slice(0, -1).join(', ')} and ${paths[paths.length - 1]}`;
  }
  return `${paths.slice(0, shown).join(', ')} and ${paths.length - shown} more`;
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
