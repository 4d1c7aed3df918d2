// gitignore patterns (the syntax of .gitignore files and of the config's `ignore:` list), matched without regular
// expressions. A glob library that compiles `*a*a*a*b` or `**/**/**/...` to a regular expression backtracks for
// minutes on a long name; here a segment glob is matched greedily, going back only to its last `*` (time at most
// pattern length x name length), and `**` over path segments the same way. A hostile repository cannot make the
// scan slow with its .gitignore.

/** Longer patterns are dropped with a note: no real .gitignore line comes close. */
export const MAX_PATTERN_LENGTH = 1024;

type Tok =
  | { t: 'char'; c: string }
  | { t: 'any' }
  | { t: 'star' }
  | { t: 'class'; negate: boolean; chars: string; ranges: [string, string][] };

type Seg = Tok[] | 'globstar';

interface Rule {
  negate: boolean;
  dirOnly: boolean;
  segs: Seg[];
}

export interface PatternProblem {
  /** 1-based line of the pattern in the text given to `add` (its index + 1 for a list). */
  line: number;
  message: string;
}

/** Parses one segment glob into tokens; runs of `*` count as one. */
function tokens(seg: string, lower: boolean): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\' && i + 1 < seg.length) {
      out.push({ t: 'char', c: norm(seg[++i], lower) });
    } else if (c === '*') {
      if (out.at(-1)?.t !== 'star') out.push({ t: 'star' });
    } else if (c === '?') {
      out.push({ t: 'any' });
    } else if (c === '[') {
      const cls = charClass(seg, i, lower);
      if (cls) {
        out.push(cls.tok);
        i = cls.end;
      } else out.push({ t: 'char', c: '[' });
    } else out.push({ t: 'char', c: norm(c, lower) });
  }
  return out;
}

const norm = (c: string, lower: boolean) => (lower ? c.toLowerCase() : c);

/** `[abc]`, `[a-z]`, `[!x]` / `[^x]` starting at `open`; undefined when it never closes. */
function charClass(seg: string, open: number, lower: boolean): { tok: Tok; end: number } | undefined {
  let i = open + 1;
  let negate = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negate = true;
    i++;
  }
  let chars = '';
  const ranges: [string, string][] = [];
  const start = i;
  for (; i < seg.length; i++) {
    let c = seg[i];
    if (c === ']' && i > start) return { tok: { t: 'class', negate, chars, ranges }, end: i };
    if (c === '\\' && i + 1 < seg.length) c = seg[++i];
    if (seg[i + 1] === '-' && i + 2 < seg.length && seg[i + 2] !== ']') {
      let hi = seg[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < seg.length) hi = seg[++i];
      ranges.push([norm(c, lower), norm(hi, lower)]);
    } else chars += norm(c, lower);
  }
  return undefined;
}

function single(tok: Tok, c: string): boolean {
  switch (tok.t) {
    case 'char':
      return tok.c === c;
    case 'any':
      return true;
    case 'class': {
      const hit = tok.chars.includes(c) || tok.ranges.some(([lo, hi]) => lo <= c && c <= hi);
      return hit !== tok.negate;
    }
    default:
      return false;
  }
}

/**
 * Wildcard matching that goes back only to the most recent star: a later star can always absorb what an earlier
 * one would have, so one backtrack point is enough. Used for characters in a segment and for segments in a path.
 */
function greedy<P, S>(pattern: P[], subject: S[] | string, isStar: (p: P) => boolean, one: (p: P, s: S) => boolean): boolean {
  let pi = 0;
  let si = 0;
  let starP = -1;
  let starS = 0;
  const n = subject.length;
  while (si < n) {
    const p = pattern[pi];
    if (pi < pattern.length && isStar(p)) {
      starP = pi++;
      starS = si;
    } else if (pi < pattern.length && one(p, subject[si] as S)) {
      pi++;
      si++;
    } else if (starP >= 0) {
      pi = starP + 1;
      si = ++starS;
    } else return false;
  }
  while (pi < pattern.length && isStar(pattern[pi])) pi++;
  return pi === pattern.length;
}

const matchSegment = (toks: Tok[], name: string) =>
  greedy<Tok, string>(
    toks,
    name,
    (t) => t.t === 'star',
    (t, c) => single(t, c),
  );

function matchRule(rule: Rule, segs: string[], isDir: boolean): boolean {
  if (rule.dirOnly && !isDir) return false;
  return greedy<Seg, string>(
    rule.segs,
    segs,
    (s) => s === 'globstar',
    (s, name) => matchSegment(s as Tok[], name),
  );
}

/** One pattern line; undefined for blanks and comments, a string for a problem, or a rule and a remark. */
function parseLine(raw: string, lower: boolean): Rule | string | undefined | [Rule, string] {
  let line = raw.replace(/\r$/, '');
  // Trailing spaces are dropped unless escaped.
  line = line.replace(/(?<!\\)[ \t]+$/, '');
  if (line === '' || line.startsWith('#')) return undefined;
  if (line.length > MAX_PATTERN_LENGTH) return `pattern longer than ${MAX_PATTERN_LENGTH} characters; not applied`;
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
  let dirOnly = false;
  if (line.endsWith('/') && !line.endsWith('\\/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  const anchored = line.includes('/');
  const parts = line
    .replace(/^\/+/, '')
    .split('/')
    .filter((p, i, all) => p !== '' || i === all.length - 1);
  const segs: Seg[] = anchored ? [] : ['globstar'];
  let collapsed = 0;
  parts.forEach((p, i) => {
    // A trailing `/**` matches what is inside the folder, not the folder itself: one segment or more.
    if (p === '**' && i === parts.length - 1 && i > 0) segs.push([{ t: 'star' }]);
    if (p === '**') {
      if (segs.at(-1) !== 'globstar') segs.push('globstar');
      else collapsed++;
    } else segs.push(tokens(p, lower));
  });
  const rule = { negate, dirOnly, segs };
  return collapsed > 1 ? [rule, `${collapsed + 1} consecutive \`**\` read as one (same meaning)`] : rule;
}

/**
 * A list of gitignore rules with the interface of the `ignore` package (`add`, `ignores`): paths are relative,
 * `/`-separated, folders end with `/`; a path inside an ignored folder is ignored. Case-insensitive, like that
 * package's default.
 */
export class IgnoreRules {
  private readonly rules: Rule[] = [];
  readonly problems: PatternProblem[] = [];
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly lower = true) {}

  add(patterns: string | readonly string[]): this {
    const lines = typeof patterns === 'string' ? patterns.split('\n') : patterns;
    lines.forEach((l, i) => {
      const r = parseLine(l, this.lower);
      if (typeof r === 'string') this.problems.push({ line: i + 1, message: r });
      else if (Array.isArray(r)) {
        this.rules.push(r[0]);
        this.problems.push({ line: i + 1, message: r[1] });
      } else if (r) this.rules.push(r);
    });
    this.cache.clear();
    return this;
  }

  ignores(path: string): boolean {
    if (this.rules.length === 0) return false;
    const isDir = path.endsWith('/');
    const segs = (this.lower ? path.toLowerCase() : path).split('/').filter(Boolean);
    // A path inside an ignored folder is ignored, whatever later rules say (git cannot re-include it).
    for (let i = 1; i < segs.length; i++) if (this.test(segs.slice(0, i), true)) return true;
    return this.test(segs, isDir);
  }

  private test(segs: string[], isDir: boolean): boolean {
    const key = `${segs.join('/')}${isDir ? '/' : ''}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let ignored = false;
    for (const r of this.rules) {
      if (r.negate !== ignored) continue; // cannot change the outcome
      if (matchRule(r, segs, isDir)) ignored = !r.negate;
    }
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(key, ignored);
    return ignored;
  }
}
