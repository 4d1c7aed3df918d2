// Reads spatch's report mode output (`coccilib.report.print_report`): `path:line:col-col: message`.

export interface CoccinelleReport {
  /** As spatch printed it, relative to the folder it ran in (`./` removed). */
  file: string;
  line: number;
  column: number;
  message: string;
}

const REPORT = /^(.+?):(\d+):(\d+)(?:-\d+)?: (.+)$/;

export function parseCoccinelleOutput(output: string): CoccinelleReport[] {
  const out: CoccinelleReport[] = [];
  for (const raw of output.split('\n')) {
    const m = REPORT.exec(raw.trimEnd());
    if (!m) continue; // progress lines, python warnings
    out.push({ file: m[1].replace(/^\.\//, ''), line: Number(m[2]), column: Number(m[3]) + 1, message: m[4].trim() });
  }
  return out;
}

/** The `// Options:` and `// Requires:` header lines of a semantic patch, as scripts/coccicheck reads them. */
export function scriptHeader(text: string): { options: string[]; requires?: string; report: boolean } {
  const options = /^\/\/\s*Options:(.*)$/m.exec(text)?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
  const requires = /^\/\/\s*Requires:(.*)$/m.exec(text)?.[1].trim() || undefined;
  return { options, requires, report: /^virtual\s+report\b/m.test(text) };
}

/** `1.1.1` >= `1.0.8`: numeric, part by part. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
