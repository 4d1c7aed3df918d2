// Reads gcc/clang text diagnostics (with their notes and include chains) and modpost messages from a kbuild log.

export interface Location {
  path: string;
  line: number;
  column?: number;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  /** Where the compiler pointed. */
  at?: Location;
  /** Notes that followed it (`in expansion of macro`, `declared here`). */
  notes: { message: string; at: Location }[];
  /** `In file included from` chain printed before it, innermost first. */
  includedFrom: Location[];
  /** modpost: the object or module it names (`/tmp/x/hello.o`, `/tmp/x/hello.ko`). */
  object?: string;
  source: 'compiler' | 'modpost' | 'kbuild';
}

const DIAG = /^(.+?):(\d+)(?::(\d+))?: (fatal error|error|warning|note): (.*)$/;
const INCLUDED = /^(?:In file included from|\s+from) (.+?):(\d+)(?::(\d+))?[,:]$/;
const MODPOST = /^(ERROR|WARNING): modpost: (.*)$/;
const KBUILD_ERROR = /^(?:.*Makefile.*:\d+: )?\*\*\* (.*)\.\s+Stop\.$/;

export function parseBuildLog(log: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let chain: Location[] = [];
  let last: Diagnostic | undefined;
  for (const line of log.split('\n')) {
    const inc = INCLUDED.exec(line);
    if (inc) {
      if (line.startsWith('In file')) chain = [];
      chain.push({ path: inc[1], line: Number(inc[2]), column: inc[3] ? Number(inc[3]) : undefined });
      continue;
    }
    const d = DIAG.exec(line);
    if (d) {
      const at = { path: d[1], line: Number(d[2]), column: d[3] ? Number(d[3]) : undefined };
      if (d[4] === 'note') {
        last?.notes.push({ message: d[5], at });
      } else {
        last = {
          severity: d[4] === 'warning' ? 'warning' : 'error',
          message: d[5],
          at,
          notes: [],
          includedFrom: chain,
          source: 'compiler',
        };
        out.push(last);
      }
      chain = [];
      continue;
    }
    const m = MODPOST.exec(line);
    if (m) {
      const object = /\[([^\]]+\.ko)\]/.exec(m[2])?.[1] ?? / in (\S+\.(?:k?o))\b/.exec(m[2])?.[1] ?? /(\S+\.k?o)\b/.exec(m[2])?.[1];
      last = undefined;
      out.push({ severity: m[1] === 'ERROR' ? 'error' : 'warning', message: m[2], notes: [], includedFrom: [], object, source: 'modpost' });
      continue;
    }
    const k = KBUILD_ERROR.exec(line);
    if (k && !/Error \d+/.test(line)) {
      last = undefined;
      out.push({ severity: 'error', message: k[1].trim(), notes: [], includedFrom: [], source: 'kbuild' });
    }
  }
  return out;
}
