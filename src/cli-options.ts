// The command line's options, shared by the CLI (src/cli.ts) and its launcher (src/launcher/cli.ts), which reads the
// audited folder before the program is loaded (see huge-pages).

import { parseArgs } from 'node:util';

export const CLI_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  build: { type: 'boolean' },
  'kernel-headers': { type: 'string', multiple: true },
  'build-timeout': { type: 'string' },
  'build-sandbox': { type: 'string' },
  checkpatch: { type: 'string' },
  files: { type: 'boolean' },
  'in-tree': { type: 'boolean' },
  'kernel-aliases': { type: 'string', multiple: true },
  history: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  jobs: { type: 'string', short: 'j' },
  coccinelle: { type: 'string' },
  'list-rules': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  all: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The words that select a sub-command (src/commands/index.ts keys its table by them; a test checks both agree). */
export const SUBCOMMAND_NAMES = ['history', 'aggregate', 'fix', 'init'] as const;

/**
 * The folder a plain audit of `argv` reads, or undefined when the command line is something else (a sub-command,
 * help, a version, the rules' list) or is not understood: the CLI itself then says what is wrong.
 */
export function auditRootOf(argv: readonly string[]): string | undefined {
  if (argv[0] !== undefined && (SUBCOMMAND_NAMES as readonly string[]).includes(argv[0])) return undefined;
  try {
    const { values: v, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: CLI_OPTIONS });
    if (v.help || v.version || v['list-rules']) return undefined;
    if (v.files) return '.';
    return positionals.length <= 1 ? (positionals[0] ?? '.') : undefined;
  } catch {
    return undefined;
  }
}
