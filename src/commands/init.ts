// `lkm-audit init [PATH]`: scaffold what the audit asks for and cannot infer: a multi-kernel CI workflow with the
// audit and its SARIF upload, README sections, a dkms.conf (and a Makefile and .gitignore for a bare module).
// Never overwrites: an existing file that differs gets a `*.new` beside it, and the command says so.

import { posix } from 'node:path';
import { parseArgs } from 'node:util';
import { audit, ConfigFileError } from '../audit.js';
import { buildDirs } from '../build/run.js';
import type { CliIO } from '../cli.js';
import { spdxExpressionFor } from '../fix/licence-choice.js';
import { readConfined, writeConfined } from '../fix/safe-fs.js';
import { chooseDistros } from '../init/distros.js';
import { renderDkmsConf } from '../init/dkms.js';
import { bareModuleSources, renderMakefile } from '../init/makefile.js';
import { readmeSections, type Section } from '../init/readme.js';
import { renderWorkflow, WORKFLOW_PATH } from '../init/workflow.js';
import { KBUILD_IGNORES } from '../rules/build/gitignore-artifacts.fix.js';

export const INIT_HELP = `Usage: lkm-audit init [PATH]

Scaffold a multi-kernel CI workflow (${WORKFLOW_PATH}: distribution containers with kernel header
packages, plus the lkm-audit step with SARIF upload), README sections (build, install, supported kernels,
module signing), a dkms.conf derived from the modules, and for a bare module a Makefile and .gitignore.
Existing files are never overwritten: a different version is written beside them as <file>.new.
`;

export interface InitResult {
  file: string;
  action: 'created' | 'new' | 'unchanged';
  /** What the user should know about the file (a matrix narrower than wished). */
  note?: string;
}

export async function initCommand(argv: string[], io: CliIO): Promise<number> {
  let values: { help?: boolean; config?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } },
    }));
  } catch (e) {
    io.stderr(`lkm-audit init: ${(e as Error).message}\nTry 'lkm-audit init --help'.\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) {
    io.stderr(`lkm-audit init: one PATH at most (got ${positionals.length})\n`);
    return 2;
  }
  const root = positionals[0] ?? '.';
  try {
    const results = await scaffold(root, values.config);
    for (const r of results) {
      if (r.action === 'created') io.stdout(`created ${r.file}\n`);
      else if (r.action === 'new') io.stdout(`wrote ${r.file}.new: ${r.file} exists and was not overwritten; compare and merge by hand\n`);
      else io.stdout(`kept ${r.file}: nothing to add\n`);
      if (r.note) io.stdout(`  note: ${r.note}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ConfigFileError) {
      io.stderr(`lkm-audit init: invalid config:\n${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
      io.stderr(`lkm-audit init: cannot scaffold ${root}: no such folder\n`);
      return 2;
    }
    io.stderr(`lkm-audit init: ${err.message}\n`);
    return 2;
  }
}

/** Writes `text` to `file`, or to `file.new` when the file exists with other content. */
function place(root: string, file: string, text: string): InitResult {
  const existing = readConfined(root, file);
  if (existing === undefined) {
    writeConfined(root, file, Buffer.from(text), { create: true });
    return { file, action: 'created' };
  }
  if (existing.toString('utf8') === text) return { file, action: 'unchanged' };
  const alt = `${file}.new`;
  const old = readConfined(root, alt);
  if (old !== undefined && old.toString('utf8') !== text) throw new Error(`${alt} exists from an earlier run; remove it first`);
  if (old === undefined) writeConfined(root, alt, Buffer.from(text), { create: true });
  return { file, action: 'new' };
}

export async function scaffold(root: string, config?: string): Promise<InitResult[]> {
  const out: InitResult[] = [];
  let { report, model } = await audit(root, { config });

  // A bare module: C sources with entry points and no build file.
  if (model.objEntries.length === 0) {
    const names = bareModuleSources(model.scan.files);
    if (names.length === 0) throw new Error(`no kernel module found in ${root} (no obj-m entry and no C source with module_init)`);
    out.push(place(root, 'Makefile', renderMakefile(names, spdxFromFiles(model, names))));
    ({ report, model } = await audit(root, { config }));
  }
  if (!model.scan.files.has('.gitignore') && !model.scan.trackedIgnored.includes('.gitignore'))
    out.push(place(root, '.gitignore', ['# kbuild outputs', ...KBUILD_IGNORES, ''].join('\n')));

  const dirs = buildDirs(model);
  const declared = model.kernels.declared;
  const distros = chooseDistros(report.kernels.implied, declared ? { min: declared.min, max: declared.max } : undefined);
  const workflow = place(root, WORKFLOW_PATH, renderWorkflow(distros, dirs.length ? dirs : ['.']));
  const { min, max } = report.kernels.implied;
  if (distros.length < 2)
    workflow.note = `only ${distros.map((d) => `${d.name} (${d.kernel})`).join(', ') || 'no release'} ships headers in the range the code implies (${min ?? '...'}-${max ?? '...'}); add another header tree to the matrix by hand`;
  const claimed = [declared?.min, declared?.max].filter((v): v is string => !!v && !distros.some((d) => d.kernel === v));
  if (claimed.length)
    workflow.note = `${workflow.note ? `${workflow.note}; ` : ''}the documentation claims ${claimed.join(' and ')}, which no distribution container in the matrix ships; build those by hand or narrow the claim`;
  out.push(workflow);

  const hasDkms = model.dkms.length > 0;
  if (!hasDkms && model.modules.length > 0) {
    const versions = new Set(model.modules.map((m) => m.version?.value).filter(Boolean));
    const version = versions.size === 1 ? [...versions][0] : '0.1';
    const name = model.modules.length === 1 ? model.modules[0].name : posix.basename(model.scan.root);
    out.push(place(root, 'dkms.conf', renderDkmsConf(name, version as string, model.modules, dirs.length ? dirs : ['.'])));
  }

  const missing: Section[] = [];
  const fires = (id: string) => report.findings.some((f) => f.ruleId === id);
  if (fires('docs/missing-supported-kernels')) missing.push('kernels');
  if (fires('docs/missing-build-instructions') || !model.docs.readme) missing.push('build');
  if (fires('docs/missing-install-instructions') || !model.docs.readme) missing.push('install');
  if (fires('docs/missing-signing-guidance')) missing.push('signing');
  if (!declared && !missing.includes('kernels')) missing.push('kernels');
  const facts = { modules: model.modules.map((m) => m.name), distros, implied: report.kernels.implied, hasDkms: true };
  const readme = model.docs.readme;
  if (!readme) {
    const title = model.modules.length === 1 ? model.modules[0].name : posix.basename(model.scan.root);
    out.push(place(root, 'README.md', `# ${title}\n\n${readmeSections(missing, facts)}`));
  } else if (missing.length > 0 && /\.(md|markdown)$/i.test(readme.path)) {
    const text = readme.text.endsWith('\n') ? readme.text : `${readme.text}\n`;
    out.push(place(root, readme.path, `${text}\n${readmeSections(missing, facts)}`));
  }
  return out;
}

function spdxFromFiles(model: Awaited<ReturnType<typeof audit>>['model'], names: string[]): string | undefined {
  const ids = new Set(names.map((n) => spdxExpressionFor(model, `${n}.c`)));
  return ids.size === 1 ? [...ids][0] : undefined;
}
