// `lkm-audit fix [PATH] [--rule ID ...] [--dry-run] [--interactive]`: apply the fixes rules declare.

import { readline } from '../engine/builtins.js';
import { parseArgs } from 'node:util';
import { audit, ConfigFileError } from '../audit.js';
import type { CliIO } from '../cli.js';
import { unifiedDiff } from '../fix/diff.js';
import { computeFixes, fixableRuleIds, writeChanges } from '../fix/engine.js';
import type { FixValues } from '../fix/types.js';

export const FIX_HELP = `Usage: lkm-audit fix [PATH] [options]

Apply the mechanical, safe fixes of the rules that have one (see --list). Files are changed only inside PATH,
never through a symbolic link; line endings, encoding and the final newline of each file are kept. A second run
changes nothing.

Options:
  --rule <id>       only this rule's fixes (repeatable)
  --dry-run         print the changes as a unified diff; write nothing
  --interactive     ask for each module's missing MODULE_DESCRIPTION and MODULE_AUTHOR
  --config <file>   config file (default PATH/.lkm-audit.yml)
  --list            list the rules that can fix their findings
  --help            this help

Exit status: 0 done (or nothing to do), 1 a file could not be written, 2 usage or internal error.
`;

export async function fixCommand(argv: string[], io: CliIO): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(argv));
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  if (values.help) {
    io.stdout(FIX_HELP);
    return 0;
  }
  const fixable = fixableRuleIds();
  if (values.list) {
    for (const id of fixable) io.stdout(`${id}\n`);
    return 0;
  }
  if (positionals.length > 1) return usage(io, `one PATH at most (got ${positionals.length})`);
  const unknown = (values.rule ?? []).filter((r) => !fixable.includes(r));
  if (unknown.length) return usage(io, `--rule ${unknown.join(', ')}: no fix for that rule (see 'lkm-audit fix --list')`);
  const root = positionals[0] ?? '.';
  try {
    const answers = values.interactive ? await ask(root, values.config, io) : {};
    const outcome = await computeFixes(root, { rules: values.rule, config: values.config, values: answers });
    const fixableLeft = outcome.after.findings.filter(
      (f) => fixable.includes(f.ruleId) && (!values.rule || values.rule.includes(f.ruleId)),
    );
    const summary = [
      `${outcome.applied.length} fix${outcome.applied.length === 1 ? '' : 'es'} in ${outcome.changes.length} file${outcome.changes.length === 1 ? '' : 's'}`,
      `findings ${outcome.before.findings.length} -> ${outcome.after.findings.length}`,
      `score ${outcome.before.score} -> ${outcome.after.score}`,
    ].join('; ');
    const left = fixableLeft.length
      ? `${fixableLeft.length} finding${fixableLeft.length === 1 ? '' : 's'} of fixable rules need a person (no safe fix):\n${fixableLeft
          .map((f) => `  ${f.file ?? '(repository)'}${f.line ? `:${f.line}` : ''} ${f.ruleId}${reasonFor(outcome.refused, f)}`)
          .join('\n')}\n`
      : '';
    if (values['dry-run']) {
      io.stdout(unifiedDiff(outcome.changes));
      io.stderr(`lkm-audit fix: ${summary} (dry run: nothing written)\n${left}`);
      return 0;
    }
    const { written, failed } = writeChanges(root, outcome.changes);
    for (const w of written) io.stdout(`fixed ${w}\n`);
    for (const f of failed) io.stderr(`lkm-audit fix: ${f.file}: not written: ${f.reason}\n`);
    io.stdout(`lkm-audit fix: ${summary}\n${left}`);
    return failed.length ? 1 : 0;
  } catch (e) {
    if (e instanceof ConfigFileError) {
      io.stderr(`lkm-audit fix: invalid config:\n${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
      io.stderr(`lkm-audit fix: cannot fix ${root}: no such folder\n`);
      return 2;
    }
    io.stderr(`lkm-audit fix: internal error: ${err.stack ?? err.message}\n`);
    return 2;
  }
}

function reasonFor(
  refused: { ruleId: string; file: string; line: number; reason?: string }[],
  f: { ruleId: string; file?: string },
): string {
  const r = refused.find((x) => x.ruleId === f.ruleId && x.file === (f.file ?? ''));
  return r?.reason ? ` (${r.reason})` : '';
}

/** Asks, one line each on stdin, for the description and author of every module that lacks them. */
async function ask(root: string, config: string | undefined, io: CliIO): Promise<FixValues> {
  const { model } = await audit(root, { config });
  const rl = readline().createInterface({ input: io.stdin ?? process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const next = async (question: string) => {
    io.stderr(question);
    const r = await lines.next();
    return r.done ? '' : String(r.value).trim();
  };
  const out: FixValues = { description: new Map(), author: new Map() };
  try {
    for (const m of model.modules) {
      if (m.sources.length === 0) continue;
      if (!m.description) {
        const d = await next(`MODULE_DESCRIPTION for ${m.name} (empty to skip): `);
        if (d) out.description?.set(m.name, d);
      }
      if (m.authors.length === 0) {
        const a = await next(`MODULE_AUTHOR for ${m.name}, "Name <email>" (empty to skip): `);
        if (a) out.author?.set(m.name, a);
      }
    }
  } finally {
    rl.close();
  }
  return out;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      rule: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      interactive: { type: 'boolean' },
      config: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function usage(io: CliIO, msg: string): number {
  io.stderr(`lkm-audit fix: ${msg}\nTry 'lkm-audit fix --help'.\n`);
  return 2;
}
