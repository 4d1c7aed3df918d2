// A small, side-effect-free expander for make variable references. It knows the common text functions and
// refuses everything that would need the shell, the filesystem or the environment: those stay unresolved.

export interface Expansion {
  value: string;
  /** False when some reference could not be resolved (unknown variable, `$(shell ...)`, `$(wildcard ...)` ...). */
  resolved: boolean;
  /** Names of variables or functions that were not resolved. */
  unresolved: string[];
  /** True when expansion stopped because a variable refers to itself (directly or through others). */
  recursive: boolean;
}

/** Returns a variable's unexpanded value, or undefined when the audit does not know it. */
export type Lookup = (name: string) => string | undefined;

const MAX_DEPTH = 25;
const MAX_LENGTH = 100_000;

/** Index of the parenthesis closing the reference opened at `open` (`(` or `{`), or -1. */
export function closingIndex(text: string, open: number): number {
  const o = text[open];
  const c = o === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === o) depth++;
    else if (ch === c) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits at top-level commas (not inside nested references). */
export function splitArgs(text: string, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0 && out.length < max - 1) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

function patternToRegExp(pattern: string): { re: RegExp; hasPercent: boolean } {
  const i = pattern.indexOf('%');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (i < 0) return { re: new RegExp(`^${esc(pattern)}$`), hasPercent: false };
  return { re: new RegExp(`^${esc(pattern.slice(0, i))}(.*)${esc(pattern.slice(i + 1))}$`), hasPercent: true };
}

function patsubst(pattern: string, replacement: string, text: string): string {
  const { re, hasPercent } = patternToRegExp(pattern);
  return words(text)
    .map((w) => {
      const m = re.exec(w);
      if (!m) return w;
      return hasPercent ? replacement.replace('%', m[1]) : replacement;
    })
    .join(' ');
}

class Expander {
  unresolved = new Set<string>();
  recursive = false;
  constructor(private readonly lookup: Lookup) {}

  expand(text: string, stack: string[]): string {
    if (stack.length > MAX_DEPTH) {
      this.recursive = true;
      return '';
    }
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '$') {
        out += ch;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === '$') {
        out += '$';
        i++;
        continue;
      }
      if (next === '(' || next === '{') {
        const end = closingIndex(text, i + 1);
        if (end < 0) {
          this.unresolved.add(text.slice(i));
          return out;
        }
        out += this.reference(text.slice(i + 2, end), stack);
        i = end;
      } else {
        out += this.variable(next, stack);
        i++;
      }
      if (out.length > MAX_LENGTH) {
        this.recursive = true;
        return out.slice(0, MAX_LENGTH);
      }
    }
    return out;
  }

  private variable(name: string, stack: string[]): string {
    if (stack.includes(name)) {
      this.recursive = true;
      return '';
    }
    const raw = this.lookup(name);
    if (raw === undefined) {
      this.unresolved.add(name);
      return '';
    }
    return this.expand(raw, [...stack, name]);
  }

  private reference(body: string, stack: string[]): string {
    const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(body);
    if (fn) {
      const result = this.call(fn[1], fn[2], stack);
      if (result !== undefined) return result;
    }
    // Substitution reference: $(VAR:.c=.o)
    const sub = /^([^:=]+):([^=]*)=(.*)$/s.exec(body);
    if (sub && !body.includes(' ')) {
      const value = this.variable(this.expand(sub[1], stack), stack);
      const from = this.expand(sub[2], stack);
      const to = this.expand(sub[3], stack);
      return from.includes('%') ? patsubst(from, to, value) : patsubst(`%${from}`, `%${to}`, value);
    }
    return this.variable(this.expand(body, stack).trim(), stack);
  }

  /** Known functions; undefined when `name` is not a function (then it is a variable name with a space). */
  private call(name: string, argText: string, stack: string[]): string | undefined {
    const arg = (a: string) => this.expand(a, stack);
    switch (name) {
      case 'shell':
      case 'wildcard':
      case 'realpath':
      case 'abspath':
      case 'file':
      case 'eval':
      case 'call':
      case 'value':
      case 'foreach':
      case 'guile':
        this.unresolved.add(`$(${name} ...)`);
        return '';
      case 'info':
      case 'warning':
      case 'error':
        return '';
      case 'origin': {
        const v = arg(argText).trim();
        return this.lookup(v) === undefined ? 'undefined' : 'file';
      }
      case 'strip':
        return words(arg(argText)).join(' ');
      case 'subst': {
        const [from, to, text] = splitArgs(argText, 3).map(arg);
        return from ? (text ?? '').split(from).join(to ?? '') : (text ?? '');
      }
      case 'patsubst': {
        const [p, r, text] = splitArgs(argText, 3).map(arg);
        return patsubst(p.trim(), (r ?? '').trim(), text ?? '');
      }
      case 'addprefix': {
        const [p, text] = splitArgs(argText, 2).map(arg);
        return words(text ?? '')
          .map((w) => p.trim() + w)
          .join(' ');
      }
      case 'addsuffix': {
        const [s, text] = splitArgs(argText, 2).map(arg);
        return words(text ?? '')
          .map((w) => w + s.trim())
          .join(' ');
      }
      case 'notdir':
        return words(arg(argText))
          .map((w) => w.slice(w.lastIndexOf('/') + 1))
          .join(' ');
      case 'dir':
        return words(arg(argText))
          .map((w) => (w.includes('/') ? w.slice(0, w.lastIndexOf('/') + 1) : './'))
          .join(' ');
      case 'basename':
        return words(arg(argText))
          .map((w) => w.replace(/\.[^./]*$/, ''))
          .join(' ');
      case 'suffix':
        return words(arg(argText))
          .map((w) => /\.[^./]*$/.exec(w)?.[0] ?? '')
          .filter(Boolean)
          .join(' ');
      case 'sort':
        return [...new Set(words(arg(argText)))].sort().join(' ');
      case 'firstword':
        return words(arg(argText))[0] ?? '';
      case 'lastword':
        return words(arg(argText)).at(-1) ?? '';
      case 'filter':
      case 'filter-out': {
        const [ps, text] = splitArgs(argText, 2).map(arg);
        const res = words(ps).map((p) => patternToRegExp(p).re);
        const keep = name === 'filter';
        return words(text ?? '')
          .filter((w) => res.some((re) => re.test(w)) === keep)
          .join(' ');
      }
      case 'if': {
        const [cond, then, otherwise] = splitArgs(argText, 3);
        return arg(cond).trim() ? arg(then ?? '') : arg(otherwise ?? '');
      }
      case 'or': {
        for (const a of splitArgs(argText)) {
          const v = arg(a).trim();
          if (v) return v;
        }
        return '';
      }
      case 'and': {
        let last = '';
        for (const a of splitArgs(argText)) {
          last = arg(a).trim();
          if (!last) return '';
        }
        return last;
      }
      default:
        return undefined;
    }
  }
}

/** Expands `text` with the variables `lookup` knows; never runs anything. */
export function expand(text: string, lookup: Lookup): Expansion {
  const e = new Expander(lookup);
  const value = e.expand(text, []);
  return { value, resolved: e.unresolved.size === 0 && !e.recursive, unresolved: [...e.unresolved], recursive: e.recursive };
}

/** Names of the variables a text refers to directly (`$(KDIR)`, `${KVER}`, `$X`), functions excluded. */
export function referencedVariables(text: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') continue;
    const next = text[i + 1];
    if (next === '$') {
      i++;
      continue;
    }
    if (next === '(' || next === '{') {
      const end = closingIndex(text, i + 1);
      if (end < 0) break;
      const body = text.slice(i + 2, end);
      const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(body);
      if (fn) names.push(...referencedVariables(fn[2]));
      else if (!body.includes('$')) names.push(body.split(':')[0].trim());
      else names.push(...referencedVariables(body));
      i = end;
    } else if (next !== undefined && /[A-Za-z0-9_@<^]/.test(next)) {
      names.push(next);
      i++;
    }
  }
  return names;
}
