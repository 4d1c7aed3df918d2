// Reads `checkpatch.pl --terse --show-types` output: `path:line: LEVEL:TYPE: message`.

export type CheckpatchLevel = 'ERROR' | 'WARNING' | 'CHECK';

export interface CheckpatchFinding {
  /** As checkpatch printed it: relative to the directory it ran in. */
  file: string;
  line?: number;
  level: CheckpatchLevel;
  /** The message type (`LONG_LINE`, `CODE_INDENT` ...), what `--ignore` takes. */
  type: string;
  message: string;
}

const TERSE = /^(.+?):(?:(\d+):)? (ERROR|WARNING|CHECK):([A-Z0-9_]+): (.*)$/;

export function parseCheckpatchOutput(output: string): CheckpatchFinding[] {
  const findings: CheckpatchFinding[] = [];
  for (const raw of output.split('\n')) {
    const m = TERSE.exec(raw.trimEnd());
    if (!m) continue; // "total: ..." summaries and blank lines
    findings.push({
      file: m[1].replace(/^\.\//, ''),
      line: m[2] ? Number(m[2]) : undefined,
      level: m[3] as CheckpatchLevel,
      type: m[4],
      message: m[5],
    });
  }
  return findings;
}
