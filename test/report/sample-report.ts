// A fixed report for the renderers' golden files: every kind of finding (repository-level, line, multi-line,
// build with a kernel), hostile strings from a repository, and notes.

import type { Report } from '../../src/report/types.js';
import type { RuleInfo } from '../../src/report/rule-info.js';
import type { Finding } from '../../src/types.js';

const DOCS = 'https://github.com/lkm-audit/lkm-audit/blob/main/docs/rules.md';

export const sampleRules: RuleInfo[] = [
  {
    id: 'license/missing-license-file',
    category: 'license',
    severity: 'error',
    title: 'No licence file',
    why: 'Without a licence text nobody may redistribute the module.',
    fix: 'Add LICENSE or COPYING at the root.',
    docs: `${DOCS}#license-missing-license-file`,
  },
  {
    id: 'license/unknown-module-license',
    category: 'license',
    severity: 'error',
    title: 'MODULE_LICENSE string the kernel does not recognise',
    why: 'The kernel treats the module as proprietary and taints itself when it loads.',
    fix: 'Use "GPL", "GPL v2" or "Dual MIT/GPL".',
    docs: `${DOCS}#license-unknown-module-license`,
  },
  {
    id: 'cleanup/error-path-leak',
    category: 'cleanup',
    severity: 'error',
    title: 'Error path leaks a resource',
    why: 'A failed init leaves memory or a device registered.',
    fix: 'Release what was acquired before returning the error.',
    docs: `${DOCS}#cleanup-error-path-leak`,
  },
  {
    id: 'style/trailing-whitespace',
    category: 'style',
    severity: 'note',
    title: 'Trailing whitespace',
    why: 'checkpatch rejects it.',
    fix: 'Strip trailing whitespace.',
    docs: `${DOCS}#style-trailing-whitespace`,
  },
];

function finding(f: Omit<Finding, 'help'>): Finding {
  return { ...f, help: `${DOCS}#${f.ruleId.replace(/[^a-z0-9]+/g, '-')}` };
}

export const sampleFindings: Finding[] = [
  finding({ ruleId: 'license/missing-license-file', severity: 'error', message: 'the repository has no LICENSE or COPYING file' }),
  finding({
    ruleId: 'license/unknown-module-license',
    severity: 'error',
    file: 'src/<img src=x onerror=alert(1)>.c',
    line: 52,
    column: 1,
    endLine: 52,
    endColumn: 24,
    message: 'MODULE_LICENSE("<script>alert(1)</script>") is not a licence string the kernel knows | @octocat',
  }),
  finding({
    ruleId: 'cleanup/error-path-leak',
    severity: 'error',
    file: 'hello.c',
    line: 30,
    endLine: 34,
    message: 'returns -ENOMEM at line 34 without freeing buf (acquired at line 30)',
  }),
  finding({
    ruleId: 'build/compile-warning',
    severity: 'warning',
    file: 'hello.c',
    line: 12,
    column: 5,
    message: 'unused variable [x]',
    kernel: '6.12',
  }),
  finding({
    ruleId: 'style/trailing-whitespace',
    severity: 'note',
    file: 'hello.c',
    line: 3,
    message: '1 line ends in whitespace (line 3)',
  }),
];

export function sampleReport(findings: Finding[] = sampleFindings): Report {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: 'lkm-audit', version: '1.0.0' },
    root: '.',
    modules: [
      {
        name: 'hello',
        dir: '.',
        sources: ['hello.c'],
        buildFile: 'Makefile',
        init: { function: 'hello_init', file: 'hello.c', line: 20 },
        exit: null,
        license: '<script>',
      },
    ],
    kernels: { declared: '5.10-6.12', tested: ['6.1', '6.12'], implied: { min: '5.6', max: null } },
    licenses: [],
    score: 61,
    grade: 'D',
    categories: {
      license: { score: 0, findings: 2, reason: 'Lost 100 to <two> errors.' },
      cleanup: { score: 70, findings: 1, reason: 'Lost 30 to cleanup/error-path-leak.' },
      style: { score: 100, findings: 1, reason: '' },
    },
    findings,
    suppressed: [],
    notes: [{ file: 'weird`file.c', line: 9, message: 'macro FOO_<b>INIT</b> could not be resolved' }],
    summary: { errors: count('error'), warnings: count('warning'), notes: count('note'), suppressed: 0, filesScanned: 4 },
  };
}

export const sampleLinks = {
  serverUrl: 'https://github.com',
  repository: 'octo/driver',
  sha: '0123456789abcdef0123456789abcdef01234567',
  pathPrefix: 'driver',
};
