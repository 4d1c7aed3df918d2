// The command line: same engine as the action. Exit 0: nothing at or above --fail-on;
// 1: findings at or above it; 2: usage error or internal failure.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigFileError, audit } from './audit.js';
import { fixCommand } from './commands/fix.js';
import { initCommand } from './commands/init.js';
import { defaultHeaderDirs } from './build/headers.js';
import { FORMATS, type Format, render } from './report/index.js';
import { allRules } from './rules/index.js';
import { failsThreshold } from './threshold.js';
import type { FailOn } from './types.js';
import { VERSION } from './version.js';

const HELP = `Usage: lkm-audit [PATH] [options]
       lkm-audit fix [PATH] [--rule ID ...] [--dry-run] [--interactive]
       lkm-audit init [PATH]

Audit a repository holding an out-of-tree Linux kernel module.

Options:
  --format <fmt>          ${FORMATS.join('|')} (default text)
  --output <file>         write the report to a file instead of stdout
  --config <file>         config file (default PATH/.lkm-audit.yml)
  --fail-on <level>       error|warning|note|never (default error)
  --build                 also compile the module against kernel header trees (runs its Makefile)
  --kernel-headers <dir>  a kernel header tree for --build (repeatable; default
                          /lib/modules/$(uname -r)/build when it exists)
  --build-timeout <sec>   time limit of one kernel's build (default 600)
  --checkpatch <file>     run this checkpatch.pl on the kernel C files (style/checkpatch)
  --list-rules            list every rule with its default severity
  --no-color              no colours in text output
  --version               print the version
  --help                  this help

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Answers for `fix --interactive` (default: the process's stdin). */
  stdin?: NodeJS.ReadableStream;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  // Sub-commands (a folder named like one is audited as `./fix`).
  if (argv[0] === 'fix') return fixCommand(argv.slice(1), io);
  if (argv[0] === 'init') return initCommand(argv.slice(1), io);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.stderr(`lkm-audit: ${(e as Error).message}\nTry 'lkm-audit --help'.\n`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  if (v.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (v['list-rules']) {
    for (const r of allRules) io.stdout(`${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.title}\n`);
    return 0;
  }
  const format = (v.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) return usage(io, `--format must be one of ${FORMATS.join(', ')}`);
  const failOn = (v['fail-on'] ?? 'error') as FailOn;
  if (!['error', 'warning', 'note', 'never'].includes(failOn)) return usage(io, '--fail-on must be error, warning, note or never');
  if (positionals.length > 1) return usage(io, `one PATH at most (got ${positionals.length})`);
  const root = positionals[0] ?? '.';
  const headers = v['kernel-headers'] ?? [];
  if (headers.length && !v.build) return usage(io, '--kernel-headers needs --build');
  const timeout = Number(v['build-timeout'] ?? 600);
  if (!(timeout > 0)) return usage(io, '--build-timeout takes a number of seconds');
  if (v.build) {
    if (!headers.length) headers.push(...defaultHeaderDirs());
    if (!headers.length)
      return usage(io, '--build needs a kernel header tree: pass --kernel-headers DIR (no /lib/modules/$(uname -r)/build here)');
    const missing = headers.find((h) => !existsSync(path.join(h, 'Makefile')));
    if (missing) return usage(io, `--kernel-headers ${missing}: not a kernel header tree (no Makefile)`);
  }
  if (v.checkpatch && !existsSync(v.checkpatch)) return usage(io, `--checkpatch ${v.checkpatch}: no such file`);
  try {
    const { report } = await audit(root, {
      config: v.config,
      build: v.build ? { headers, timeoutMs: timeout * 1000 } : undefined,
      checkpatch: v.checkpatch,
    });
    const text = render(format, report, { color: format === 'text' && io.isTTY && !v['no-color'] && !io.env.NO_COLOR });
    if (v.output) writeFileSync(v.output, text);
    else io.stdout(text);
    return failsThreshold(report.findings, failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof ConfigFileError) {
      io.stderr(`lkm-audit: invalid config:\n${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
      io.stderr(`lkm-audit: cannot audit ${root}: no such folder\n`);
      return 2;
    }
    io.stderr(`lkm-audit: internal error: ${err.stack ?? err.message}\n`);
    return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      build: { type: 'boolean' },
      'kernel-headers': { type: 'string', multiple: true },
      'build-timeout': { type: 'string' },
      checkpatch: { type: 'string' },
      'list-rules': { type: 'boolean' },
      'no-color': { type: 'boolean' },
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function usage(io: CliIO, msg: string): number {
  io.stderr(`lkm-audit: ${msg}\nTry 'lkm-audit --help'.\n`);
  return 2;
}
