// The command line: same engine as the action. Exit 0: nothing at or above --fail-on;
// 1: findings at or above it; 2: usage error or internal failure.

import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigFileError, audit } from './audit.js';
import { defaultHeaderDirs } from './build/headers.js';
import { SANDBOX_MODES, type SandboxMode, SandboxUnavailableError } from './build/sandbox.js';
import { AliasFileError } from './model/devices/kernel-aliases.js';
import { SUBCOMMANDS } from './commands/index.js';
import { CLI_OPTIONS } from './cli-options.js';
import { createProgress } from './progress.js';
import { parseHistory } from './report/history.js';
import { FORMATS, type Format, render } from './report/index.js';
import { allRules } from './rules/index.js';
import { failsThreshold } from './threshold.js';
import type { FailOn } from './types.js';
import { terminalSafe } from './text/terminal.js';
import { VERSION } from './version.js';

const HELP = `Usage: lkm-audit [PATH] [options]
       lkm-audit --files FILE... [options]
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
  --build-sandbox <mode>  where the build runs: auto (bwrap, else unshare, else refuse; default),
                          bwrap, unshare, or none (no sandbox: only for code you trust)
  --checkpatch <file>     run this checkpatch.pl on the kernel C files (style/checkpatch)
  --files FILE...         report only on these files of the repository in the current folder,
                          running only the rules they feed (the pre-commit hook's fast path)
  --in-tree               audit as a folder of a kernel source tree (detected when the folder sits
                          in one): repository packaging rules do not apply
  --kernel-aliases <file> a modules.alias to compare device IDs with (repeatable; default
                          /lib/modules/*/modules.alias of the installed kernels)
  --history <file>        a history JSON (lkm-audit history --format json, or the action's history-file):
                          the HTML report draws its trend
  --jobs <n>              worker threads for parsing and cleanup analysis (default: one per core;
                          1 runs in one thread; small repositories always run in one)
  --quiet                 no progress bar on stderr (it only shows on a terminal, never under CI=true)
  --coccinelle <dir>      run the report-mode scripts of a kernel tree's scripts/coccinelle with
                          spatch on the module (style/coccinelle; needs the coccinelle package)
  --list-rules            list every rule with its default severity
  --all                   list every finding in text and markdown (default: the top ones per rule, then
                          "and N more"; json and sarif always keep every finding)
  --no-color              no colours in text output
  --version               print the version
  --help                  this help

Sub-commands:
  lkm-audit history [PATH] [--revisions N | --since DATE] [--format json|markdown|svg|html]
  lkm-audit aggregate REPORT.json ... [--format markdown|html|json]

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Where a progress bar may be drawn (absent in tests and embeddings: no bar). */
  stderrStream?: NodeJS.WriteStream;
  /** Answers for `fix --interactive` (default: the process's stdin). */
  stdin?: NodeJS.ReadableStream;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  // Sub-commands (a folder named like one is audited as `./fix`).
  const sub = argv[0] !== undefined && Object.hasOwn(SUBCOMMANDS, argv[0]) ? SUBCOMMANDS[argv[0]] : undefined;
  if (sub) return sub(argv.slice(1), io);
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
  // --files: the positionals are files of the repository in the current folder (a commit hook passes them).
  if (!v.files && positionals.length > 1) return usage(io, `one PATH at most (got ${positionals.length})`);
  const root = v.files ? '.' : (positionals[0] ?? '.');
  const onlyFiles = v.files
    ? positionals.map((p) => path.relative(path.resolve(root), path.resolve(p)).split(path.sep).join('/'))
    : undefined;
  if (onlyFiles?.some((f) => f.startsWith('..'))) return usage(io, '--files: every file must be inside the current folder');
  const headers = v['kernel-headers'] ?? [];
  if (headers.length && !v.build) return usage(io, '--kernel-headers needs --build');
  const timeout = Number(v['build-timeout'] ?? 600);
  if (!(timeout > 0)) return usage(io, '--build-timeout takes a number of seconds');
  const sandbox = (v['build-sandbox'] ?? 'auto') as SandboxMode;
  if (!SANDBOX_MODES.includes(sandbox)) return usage(io, `--build-sandbox must be one of ${SANDBOX_MODES.join(', ')}`);
  if (v['build-sandbox'] && !v.build) return usage(io, '--build-sandbox needs --build');
  if (v.build) {
    if (!headers.length) headers.push(...defaultHeaderDirs());
    if (!headers.length)
      return usage(io, '--build needs a kernel header tree: pass --kernel-headers DIR (no /lib/modules/$(uname -r)/build here)');
    const missing = headers.find((h) => !existsSync(path.join(h, 'Makefile')));
    if (missing) return usage(io, `--kernel-headers ${missing}: not a kernel header tree (no Makefile)`);
  }
  if (v.checkpatch && !existsSync(v.checkpatch)) return usage(io, `--checkpatch ${v.checkpatch}: no such file`);
  const aliases = v['kernel-aliases'] ?? [];
  const noAliases = aliases.find((f) => !existsSync(f));
  if (noAliases) return usage(io, `--kernel-aliases ${noAliases}: no such file`);
  if (v.history && format !== 'html') return usage(io, '--history draws the trend of the HTML report: use it with --format html');
  let history: ReturnType<typeof parseHistory> | undefined;
  try {
    history = v.history ? parseHistory(readFileSync(v.history, 'utf8'), v.history) : undefined;
  } catch (e) {
    return usage(io, `--history ${(e as Error).message.replace(/^ENOENT.*/, `${v.history}: no such file`)}`);
  }
  const jobs = v.jobs === undefined ? undefined : Number(v.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256))
    return usage(io, `--jobs ${terminalSafe(v.jobs ?? '')}: not a whole number from 1 to 256`);
  const progress = await createProgress({ stream: io.stderrStream, env: io.env, quiet: v.quiet });
  try {
    const { report, model } = await audit(root, {
      config: v.config,
      build: v.build ? { headers, timeoutMs: timeout * 1000, sandbox } : undefined,
      checkpatch: v.checkpatch,
      coccinelle: v.coccinelle,
      onlyFiles,
      inTree: v['in-tree'] === true ? true : undefined,
      kernelAliases: aliases.length ? aliases : undefined,
      progress,
      jobs,
      onWarning: (m) => io.stderr(`lkm-audit: warning: ${m}\n`),
    });
    progress.stop();
    const text = render(format, report, {
      color: format === 'text' && io.isTTY && !v['no-color'] && !io.env.NO_COLOR,
      history,
      source: (file) => model.scan.files.get(file)?.text,
      all: v.all,
    });
    if (v.output) writeFileSync(v.output, text);
    else io.stdout(text);
    return failsThreshold(report.findings, failOn) ? 1 : 0;
  } catch (e) {
    progress.stop();
    if (e instanceof SandboxUnavailableError) {
      io.stderr(`lkm-audit: ${e.message}\n`);
      return 2;
    }
    if (e instanceof AliasFileError) {
      io.stderr(`lkm-audit: --kernel-aliases ${e.message}\n`);
      return 2;
    }
    if (e instanceof ConfigFileError) {
      io.stderr(`lkm-audit: invalid config:\n${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
      io.stderr(`lkm-audit: cannot audit ${terminalSafe(root)}: no such folder\n`);
      return 2;
    }
    io.stderr(`lkm-audit: internal error: ${(err.stack ?? err.message).split('\n').map(terminalSafe).join('\n')}\n`);
    return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: CLI_OPTIONS });
}

function usage(io: CliIO, msg: string): number {
  io.stderr(`lkm-audit: ${msg}\nTry 'lkm-audit --help'.\n`);
  return 2;
}
