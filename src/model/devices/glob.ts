// Glob matching as modprobe does it: kmod looks an alias up with glibc `fnmatch(pattern, alias, 0)`,
// so `*` also matches `/`, a leading `.` is ordinary, `\` escapes the next character, and `[...]`
// takes ranges, `!`/`^` negation, a leading `]` as a literal and POSIX classes (`[:digit:]`).

export type GlobToken = { star: true } | { star: false; accepts: (c: string) => boolean };

const CLASSES: Record<string, (c: string) => boolean> = {
  alnum: (c) => /[A-Za-z0-9]/.test(c),
  alpha: (c) => /[A-Za-z]/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  cntrl: (c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127,
  digit: (c) => /[0-9]/.test(c),
  graph: (c) => c.charCodeAt(0) > 32 && c.charCodeAt(0) < 127,
  lower: (c) => /[a-z]/.test(c),
  print: (c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) < 127,
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  space: (c) => /[ \t\n\v\f\r]/.test(c),
  upper: (c) => /[A-Z]/.test(c),
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
};

/** Reads `[...]` starting at `i` (the `[`); undefined when unterminated (then `[` is a literal, as in glibc). */
function bracket(p: string, i: number): { accepts: (c: string) => boolean; end: number } | undefined {
  let j = i + 1;
  const negate = p[j] === '!' || p[j] === '^';
  if (negate) j++;
  const tests: ((c: string) => boolean)[] = [];
  let first = true;
  while (j < p.length && (first || p[j] !== ']')) {
    first = false;
    if (p[j] === '[' && p[j + 1] === ':') {
      const close = p.indexOf(':]', j + 2);
      const cls = close > 0 ? CLASSES[p.slice(j + 2, close)] : undefined;
      if (cls) {
        tests.push(cls);
        j = close + 2;
        continue;
      }
    }
    let lo = p[j];
    if (lo === '\\' && j + 1 < p.length) lo = p[++j];
    j++;
    if (p[j] === '-' && j + 1 < p.length && p[j + 1] !== ']') {
      let hi = p[j + 1];
      j += 2;
      if (hi === '\\' && j < p.length) hi = p[j++];
      const [a, b] = [lo.charCodeAt(0), hi.charCodeAt(0)];
      tests.push((c) => c.charCodeAt(0) >= a && c.charCodeAt(0) <= b);
    } else {
      const lit = lo;
      tests.push((c) => c === lit);
    }
  }
  if (j >= p.length) return undefined;
  return { accepts: (c) => tests.some((t) => t(c)) !== negate, end: j + 1 };
}

/** The pattern as a token list: stars and single-character tests. */
export function tokenize(pattern: string): GlobToken[] {
  const out: GlobToken[] = [];
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === '*') {
      if (!out.at(-1)?.star) out.push({ star: true });
      i++;
    } else if (ch === '?') {
      out.push({ star: false, accepts: () => true });
      i++;
    } else if (ch === '[' && bracket(pattern, i)) {
      const b = bracket(pattern, i) as { accepts: (c: string) => boolean; end: number };
      out.push({ star: false, accepts: b.accepts });
      i = b.end;
    } else {
      const lit = ch === '\\' && i + 1 < pattern.length ? pattern[++i] : ch;
      out.push({ star: false, accepts: (c) => c === lit });
      i++;
    }
  }
  return out;
}

/**
 * The runs of plain characters of a pattern, those that match only themselves (a wildcard, a bracket expression or
 * an escape ends a run): every string the pattern matches holds each run as it is, so an index can look for them.
 */
export function literalRuns(pattern: string): string[] {
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === '*' || ch === '?' || ch === '\\') {
      end();
      i += ch === '\\' ? 2 : 1;
    } else if (ch === '[') {
      end();
      i = bracket(pattern, i)?.end ?? i + 1;
    } else {
      run += ch;
      i++;
    }
  }
  end();
  return runs;
}

/** `fnmatch(pattern, text, 0) == 0`. */
export function fnmatch(pattern: string | GlobToken[], text: string): boolean {
  const t = typeof pattern === 'string' ? tokenize(pattern) : pattern;
  // Classic two-pointer glob walk with backtracking to the last star: linear in practice.
  let pi = 0;
  let ti = 0;
  let starP = -1;
  let starT = 0;
  while (ti < text.length) {
    const tok = t[pi];
    if (tok && !tok.star && tok.accepts(text[ti])) {
      pi++;
      ti++;
    } else if (tok?.star) {
      starP = pi++;
      starT = ti;
    } else if (starP >= 0) {
      pi = starP + 1;
      ti = ++starT;
    } else return false;
  }
  while (t[pi]?.star) pi++;
  return pi === t.length;
}

/** Printable ASCII: every character a modalias is made of. */
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

/**
 * Whether some string matches both globs: a device the module's alias claims that the other alias claims too.
 * Dynamic programming over the pair of positions (a product of the two patterns' automata).
 */
export function globsIntersect(a: GlobToken[], b: GlobToken[]): boolean {
  const seen = new Set<number>();
  const width = b.length + 1;
  const stack: [number, number][] = [[0, 0]];
  while (stack.length) {
    const [i, j] = stack.pop() as [number, number];
    const key = i * width + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === a.length && j === b.length) return true;
    const x = a[i];
    const y = b[j];
    if (x?.star) stack.push([i + 1, j]);
    if (y?.star) stack.push([i, j + 1]);
    if (x?.star && y && !y.star) stack.push([i, j + 1]);
    if (y?.star && x && !x.star) stack.push([i + 1, j]);
    if (x && y && !x.star && !y.star && ALPHABET.some((c) => x.accepts(c) && y.accepts(c))) stack.push([i + 1, j + 1]);
  }
  return false;
}
