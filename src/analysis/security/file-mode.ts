// Evaluates a file permission expression as written in C: `0666`, `S_IRUGO | S_IWUSR`,
// `0644 & ~S_IWOTH`. Undefined when it uses anything else (a macro of the module, a variable).

const SYMBOLS: Record<string, number> = {
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o070,
  S_IRGRP: 0o040,
  S_IWGRP: 0o020,
  S_IXGRP: 0o010,
  S_IRWXO: 0o007,
  S_IROTH: 0o004,
  S_IWOTH: 0o002,
  S_IXOTH: 0o001,
  S_IRUGO: 0o444,
  S_IWUGO: 0o222,
  S_IXUGO: 0o111,
  S_IRWXUGO: 0o777,
  S_IALLUGO: 0o7777,
  S_ISUID: 0o4000,
  S_ISGID: 0o2000,
  S_ISVTX: 0o1000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
};

/** The numeric value of a mode expression, or undefined. */
export function evalMode(expr: string): number | undefined {
  const tokens = expr.match(/0[xX][0-9a-fA-F]+|\d+|[A-Za-z_]\w*|[|&~()+]/g);
  if (!tokens || tokens.join('') !== expr.replace(/\s+/g, '')) return undefined;
  let i = 0;
  const primary = (): number | undefined => {
    const t = tokens[i++];
    if (t === undefined) return undefined;
    if (t === '~') {
      const v = primary();
      return v === undefined ? undefined : ~v;
    }
    if (t === '(') {
      const v = orExpr();
      return tokens[i++] === ')' ? v : undefined;
    }
    if (/^0[xX]/.test(t)) return Number.parseInt(t, 16);
    if (/^0\d+$/.test(t)) return Number.parseInt(t, 8);
    if (/^\d+$/.test(t)) return Number.parseInt(t, 10);
    return SYMBOLS[t];
  };
  const binary =
    (next: () => number | undefined, ops: string[], apply: (a: number, b: number, op: string) => number) => (): number | undefined => {
      let v = next();
      while (v !== undefined && ops.includes(tokens[i] ?? '')) {
        const op = tokens[i++];
        const r = next();
        if (r === undefined) return undefined;
        v = apply(v, r, op);
      }
      return v;
    };
  const andExpr = binary(primary, ['&'], (a, b) => a & b);
  const orExpr = binary(andExpr, ['|', '+'], (a, b, op) => (op === '|' ? a | b : a + b));
  const v = orExpr();
  return i === tokens.length ? v : undefined;
}

/** Writable by users other than the owner and the group. */
export function isWorldWritable(mode: number): boolean {
  return (mode & 0o002) !== 0;
}

export function octal(mode: number): string {
  return `0${(mode & 0o7777).toString(8).padStart(3, '0')}`;
}
