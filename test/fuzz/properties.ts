// Properties every reader of untrusted text must hold on any input, in one place: `npm run fuzz` runs them at
// length (scripts/fuzz.mjs), `npm test` runs a small fixed-seed slice (test/fuzz/readers.test.ts).
//
// For each reader: no exception escapes; the result is bounded in size and the call in time; every line number in
// the result lies inside the input; reading twice gives the same result. Inputs come from generators biased toward
// the reader's syntax (fragments of make, C, YAML, Markdown ... tokens), not only random strings.

import fc from 'fast-check';
import { readFileFacts } from '../../src/analysis/correctness/file-facts.js';
import { parseConfig } from '../../src/config/load.js';
import { findSuppressions } from '../../src/engine/suppressions.js';
import { buildCiModel } from '../../src/model/ci/index.js';
import { readCFile } from '../../src/model/c/file.js';
import { parseFunctionBody } from '../../src/model/c/syntax/function-body.js';
import { parseDkmsConf, resolveDkmsValue } from '../../src/model/dkms/parse.js';
import { buildDocsModel, readDoc } from '../../src/model/docs/readme.js';
import { readKconfig } from '../../src/model/kconfig.js';
import { evaluateCondition, liveRange } from '../../src/model/kernels/condition.js';
import { fromProse } from '../../src/model/kernels/declared.js';
import { identifyLicenceText, spdxTagsIn } from '../../src/model/license/identify.js';
import { findSpdxTag, parseSpdx } from '../../src/model/license/spdx.js';
import { expand, referencedVariables } from '../../src/model/make/expand.js';
import { resolveObjEntries } from '../../src/model/make/obj-entries.js';
import { parseMakefile } from '../../src/model/make/parse.js';
import { headersOverridability, isWrapper, kbuildCalls } from '../../src/model/make/wrapper.js';
import { rulesById } from '../../src/rules/index.js';
import { IgnoreRules } from '../../src/scan/glob.js';
import type { RepoFiles } from '../../src/scan/types.js';

export interface Reader {
  name: string;
  /** Inputs biased toward the reader's syntax. */
  input: fc.Arbitrary<string>;
  /** Reads the text; whatever it returns is checked for bounds and determinism. */
  read(text: string): unknown;
  /** Largest result (serialised) allowed beyond the default linear bound, for readers with a fixed output cap. */
  extraResult?: number;
}

/** CPU milliseconds one read may take (inputs are a few kilobytes at most). CPU time, not wall time: a machine
 * shared with other jobs stretches wall time by whole seconds (seen in a fuzz run: 2 s wall for 20 ms of CPU). */
export const TIME_LIMIT_MS = 2000;

/** Text assembled from the reader's tokens, some noise, and line breaks of every kind. */
function soup(tokens: readonly string[], maxTokens = 80): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...tokens) },
        { weight: 2, arbitrary: fc.constantFrom('\n', '\n', ' ', '\t', '\\\n', '\r\n', '\r', '\0', '\u2028', '\ufeff') },
        { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
        { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/) },
      ),
      { maxLength: maxTokens },
    )
    .map((parts) => parts.join(''));
}

/** Deep nesting of an opener and closer around a body, sometimes unbalanced. */
function nested(open: string, close: string, body: fc.Arbitrary<string>, max = 300): fc.Arbitrary<string> {
  return fc.tuple(fc.nat({ max }), fc.nat({ max }), body).map(([a, b, inner]) => `${open.repeat(a)}${inner}${close.repeat(b)}`);
}

const MAKE = [
  'obj-m',
  'obj-y',
  'obj-$(CONFIG_FOO)',
  ' := ',
  ' = ',
  ' += ',
  ' ?= ',
  ' != ',
  '::=',
  'foo.o',
  'bar/',
  'foo-y',
  'foo-objs',
  '$(',
  '${',
  ')',
  '}',
  '$$',
  '$@',
  '$(KDIR)',
  '$(shell uname -r)',
  '$(PWD)',
  '$(M)',
  'KDIR',
  'KERNELRELEASE',
  '$(subst a,b,',
  '$(patsubst %.c,%.o,',
  '$(addprefix x/,',
  '$(filter %.o,',
  '$(if ',
  '$(or ',
  '$(and ',
  '$(strip ',
  '$(foreach v,',
  '$(call f,',
  '$(eval ',
  '$(origin ',
  '$(sort ',
  '$(wildcard *.c)',
  ',',
  ':',
  '::',
  ';',
  '|',
  '%',
  'ifeq',
  'ifneq',
  'ifdef',
  'ifndef',
  'else',
  'endif',
  'define ',
  'endef',
  'include ',
  '-include ',
  'export ',
  'override ',
  '\n\t',
  '\t$(MAKE) -C $(KDIR) M=$(PWD) modules',
  'all:',
  'clean:',
  'modules_install:',
  '#',
  '\\',
  '(',
  '"',
  "'",
];

const C = [
  '#include <linux/module.h>',
  '#include "x.h"',
  '#define ',
  '#if ',
  '#ifdef ',
  '#ifndef ',
  '#elif ',
  '#else',
  '#endif',
  'LINUX_VERSION_CODE',
  'KERNEL_VERSION(5, 10, 0)',
  '>=',
  '<',
  '&&',
  '||',
  '!',
  'defined(',
  'static ',
  'int ',
  'void ',
  '__init ',
  '__exit ',
  'foo_init',
  'foo_exit',
  '(void)',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ';',
  ',',
  '=',
  '*',
  '&',
  '->',
  'module_init(foo_init);',
  'module_exit(foo_exit);',
  'MODULE_LICENSE("GPL");',
  'MODULE_AUTHOR("a");',
  'module_param(x, int, 0644);',
  'MODULE_PARM_DESC(x, "d");',
  'module_platform_driver(d);',
  'return ',
  'if (',
  'else ',
  'goto err;',
  'err:',
  'kmalloc(',
  'kfree(',
  'IS_ERR(',
  'PTR_ERR(',
  'copy_from_user(',
  'return -ENOMEM;',
  '"',
  "'",
  '/*',
  '*/',
  '//',
  '\\',
  'L"',
  'u8"',
  "'\\''",
  '0x1f',
  '1UL',
  '.field = ',
  'struct ',
  'switch (',
  'case 1:',
  'for (;;)',
];

const PREPROC = [
  'LINUX_VERSION_CODE',
  'KERNEL_VERSION(',
  'KERNEL_VERSION(6,1,0)',
  '>=',
  '>',
  '<',
  '<=',
  '==',
  '!=',
  '&&',
  '||',
  '!',
  '(',
  ')',
  ',',
  'defined',
  'defined(CONFIG_X)',
  '0',
  '1',
  '6',
  '0x60100',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<<',
  '>>',
  '?',
  ':',
  'RHEL_RELEASE_CODE',
  'LINUX_VERSION_MAJOR',
  'X',
  ' ',
];

const YAML = [
  'on: [push, pull_request]\n',
  'jobs:\n',
  '  build:\n',
  '    runs-on: ubuntu-latest\n',
  '    strategy:\n',
  '      matrix:\n',
  '        kernel: ["5.15", "6.1"]\n',
  '    steps:\n',
  '      - uses: actions/checkout@v4\n',
  '      - run: make KDIR=/lib/modules/${{ matrix.kernel }}/build\n',
  '      - run: |\n          apt-get install linux-headers-6.1.0-1-amd64\n',
  'script:\n',
  '  - make\n',
  'image: debian\n',
  '&a ',
  '*a',
  '<<: *a\n',
  '- ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '|',
  '>',
  '#',
  '\n',
  '  ',
  '!!str ',
  '---\n',
  '...\n',
  '${{ matrix.os }}',
  'include:\n',
  'env:\n',
  '  KVER: 6.1\n',
];

const MARKDOWN = [
  '# Build\n',
  '## Install\n',
  '```sh\n',
  '```\n',
  'make\n',
  'sudo insmod foo.ko\n',
  'modprobe foo\n',
  'dkms install\n',
  'Linux 5.10 to 6.12',
  'kernel 6.1',
  'Supported kernels: 4.19+',
  'Secure Boot',
  'mokutil --import',
  '* ',
  '- ',
  '1. ',
  '> ',
  '| a | b |\n',
  '|---|---|\n',
  '[link](http://x)',
  '<details>',
  '</details>',
  '<!--',
  '-->',
  '`',
  '**',
  '_',
  '\n\n',
  '    indented code\n',
  '~~~\n',
  'KERNEL_VERSION',
  'linux-headers-$(uname -r)',
  '<',
  '>',
  '&amp;',
];

const SPDX = [
  'SPDX-License-Identifier: ',
  'GPL-2.0',
  'GPL-2.0-only',
  'GPL-2.0+',
  'GPL-2.0-or-later',
  'MIT',
  'BSD-3-Clause',
  'OR ',
  'AND ',
  'WITH ',
  'Linux-syscall-note',
  '(',
  ')',
  ' ',
  '+',
  'LicenseRef-x',
  'DocumentRef-a:',
  '/*',
  '*/',
  '//',
  '#',
  'Dual BSD/GPL',
  'GPL v2',
  'Proprietary',
];

const LICENCE = [
  'GNU GENERAL PUBLIC LICENSE',
  'Version 2, June 1991',
  'Version 3',
  'Free Software Foundation',
  'either version 2',
  'or (at your option) any later version',
  'Permission is hereby granted, free of charge',
  'THE SOFTWARE IS PROVIDED "AS IS"',
  'Redistribution and use in source and binary forms',
  'MIT License',
  'Copyright (c) 2024',
  'the ',
  'of ',
  'and ',
  '\n\n',
  'SPDX-License-Identifier: GPL-2.0',
  'Lesser',
  'Library',
  'BSD',
  'Apache License',
  'WITHOUT ANY WARRANTY',
];

const DKMS = [
  'PACKAGE_NAME=',
  'PACKAGE_VERSION=',
  'BUILT_MODULE_NAME[0]=',
  'DEST_MODULE_LOCATION[0]=',
  'MAKE[0]=',
  'CLEAN=',
  'AUTOINSTALL=yes',
  'BUILD_EXCLUSIVE_KERNEL=',
  '"',
  "'",
  '${kernelver}',
  '$kernelver',
  '$(uname -r)',
  '`uname -r`',
  'make -C ${kernel_source_dir} M=${dkms_tree}/${PACKAGE_NAME}/${PACKAGE_VERSION}/build',
  'KERNELRELEASE=$kernelver',
  '^(5\\.|6\\.)',
  '[',
  ']',
  '0',
  '1',
  '\n',
  '#',
  '\\\n',
  '${PACKAGE_NAME}',
  '$',
  '{',
  '}',
  ' ',
  '=',
];

const CONFIG = [
  'rules:\n',
  '  style/line-length: off\n',
  '  cleanup/release-order: error\n',
  '  x/y: warning\n',
  'ignore:\n',
  '  - "vendor/**"\n',
  'kernels:\n',
  '  min: "5.10"\n',
  '  max: 6.12\n',
  'ignore: [a, b]\n',
  'kernels: { min: "4.4" }\n',
  '- ',
  ': ',
  '"',
  "'",
  '&x ',
  '*x',
  '<<: *x\n',
  '!!binary ',
  '{',
  '}',
  '[',
  ']',
  '\n',
  '  ',
  '#',
  '~',
  'null',
  'true',
  '1e9',
  '---\n',
];

const SUPPRESS = [
  '/* lkm-audit-ignore cleanup/error-path-leak: reason */',
  '// lkm-audit-ignore style/line-length',
  '# lkm-audit-ignore ',
  'lkm-audit-ignore',
  'x/y',
  'security/world-writable-param',
  ':',
  ' ',
  '\n',
  '/*',
  '*/',
  '//',
  'int x;',
];

const GLOB = [
  '*',
  '**',
  '**/',
  '/**',
  '?',
  '[a-z]',
  '[!a]',
  '[',
  ']',
  '\\',
  '!',
  '#',
  '/',
  'a',
  'b',
  '.o',
  'build',
  ' ',
  '\n',
  '\\ ',
  '{a,b}',
  '+(a)',
  '@(b)',
  '.',
  '..',
];

const KCONFIG = [
  'config FOO\n',
  '\ttristate "Foo"\n',
  '\tbool\n',
  '\tdepends on X\n',
  'menuconfig ',
  'help\n',
  '\t  text\n',
  'if X\n',
  'endif\n',
  'source "x"\n',
];

/** A scan holding one file, as the scanner would hand it over. */
export function memScan(files: Record<string, string>): RepoFiles {
  return {
    root: '/nonexistent',
    files: new Map(Object.entries(files).map(([p, text]) => [p, { path: p, size: text.length, text, binary: false, tracked: true }])),
    git: false,
    trackedIgnored: [],
    notes: [],
    gitignored: () => false,
  };
}

const ruleIds = new Set(rulesById.keys());

export const READERS: Reader[] = [
  {
    name: 'makefile',
    input: fc.oneof(
      soup(MAKE, 120),
      nested('$(strip ', ')', soup(MAKE, 10)).map((t) => `obj-m := ${t}\n`),
    ),
    read(text) {
      const mf = parseMakefile('Makefile', text, 'Makefile');
      const notes: { file?: string; line?: number; message: string }[] = [];
      const entries = resolveObjEntries([mf, parseMakefile('Kbuild', text, 'Kbuild')], notes);
      const calls = kbuildCalls(mf).map((c) => ({ dir: c.dir, line: c.step.line, o: headersOverridability(mf, c.dir) }));
      return { mf, entries, notes, calls, wrapper: isWrapper(mf) };
    },
  },
  {
    name: 'make-expand',
    input: fc.oneof(soup(MAKE, 60), nested('$(', ')', soup(MAKE, 6)), nested('$(subst a,aaaaaaaaaa,', ')', fc.constant('a'))),
    // The expander's output is capped (100,000 characters), not proportional to its input.
    extraResult: 2 * 100_000,
    read(text) {
      const vars: Record<string, string> = { A: text, B: '$(A) $(A) $(A)', C: '$(B)$(B)', KDIR: '/k' };
      return { e: expand(text, (n) => vars[n]), refs: referencedVariables(text) };
    },
  },
  {
    name: 'c-lexer',
    input: fc.oneof(soup(C, 150), nested('(', ')', soup(C, 5)), nested('{', '}', soup(C, 5))),
    read(text) {
      const cf = readCFile('x.c', text);
      return { ...cf, text: undefined, code: undefined };
    },
  },
  {
    // the correctness rules' first reading of a whole file: the preparation for the parser, the lexical filter, the
    // parse of what may hold a fact (a file ending in `#define X \` once made the preparation loop forever)
    name: 'c-facts',
    input: fc.oneof(
      soup(C, 150),
      nested('{', '}', soup(C, 5)),
      // a file cut inside a directive, its last line continued
      fc
        .tuple(soup(C, 60), fc.constantFrom('#define X \\', '#if A && \\', '# include \\\r', '#define Y 1 \\\n \\'))
        .map(([a, b]) => a + b),
    ),
    read(text) {
      const facts = readFileFacts(readCFile('x.c', text));
      return facts && { functions: facts.functions, syntaxErrors: facts.syntaxErrors };
    },
  },
  {
    name: 'c-syntax',
    input: fc
      .tuple(soup(C, 100), nested('{', '}', soup(C, 8)))
      .map(([body, deep]) => `static int __init foo_init(void)\n{\n${body}\n${deep}\n}\nstatic void f(void) {${body}}\n`),
    read(text) {
      const cf = readCFile('x.c', text);
      return cf.functions.slice(0, 10).map((fn) => parseFunctionBody(cf, fn));
    },
  },
  {
    name: 'preprocessor-if',
    input: fc.oneof(soup(PREPROC, 40), nested('(', ')', soup(PREPROC, 6)), nested('!', '', soup(PREPROC, 6))),
    read(text) {
      const expr = text.replace(/\n/g, ' ');
      const set = evaluateCondition(expr, (n) => (n === 'X' ? 'KERNEL_VERSION(5,4,0)' : n === 'LOOP' ? 'LOOP' : undefined));
      const range = liveRange([{ directive: 'if', expr, line: 1, previous: [expr] }]);
      return { set: serialise(set), live: serialise(range.live), exact: range.exact };
    },
  },
  {
    name: 'dkms.conf',
    input: soup(DKMS, 80),
    read(text) {
      const conf = parseDkmsConf('dkms.conf', text);
      const resolved = [...conf.vars.values()].flat().map((v) => resolveDkmsValue(conf, v.value));
      return { conf, resolved };
    },
  },
  {
    name: 'ci-yaml',
    input: fc.oneof(soup(YAML, 60), nested('[', ']', soup(YAML, 4), 100), nested('- ', '', fc.constant('x'), 100)),
    read(text) {
      return buildCiModel(memScan({ '.github/workflows/ci.yml': text, '.gitlab-ci.yml': text, '.travis.yml': text }));
    },
  },
  {
    name: 'readme',
    input: fc.oneof(soup(MARKDOWN, 80), nested('> ', '', soup(MARKDOWN, 4)), nested('[', ']', soup(MARKDOWN, 4))),
    read(text) {
      const doc = readDoc('README.md', text);
      return {
        doc: { ...doc, text: undefined },
        prose: fromProse(doc),
        model: buildDocsModel(memScan({ 'README.md': text })).readme?.sections.length,
      };
    },
  },
  {
    name: 'spdx',
    input: fc.oneof(soup(SPDX, 30), nested('(', ')', soup(SPDX, 4))),
    read(text) {
      const expr = text.replace(/\n/g, ' ');
      return { parsed: parseSpdx(expr), tag: findSpdxTag(text), tags: spdxTagsIn(text) };
    },
  },
  {
    name: 'licence-text',
    input: soup(LICENCE, 200),
    read(text) {
      return identifyLicenceText(text);
    },
  },
  {
    name: 'config',
    input: fc.oneof(soup(CONFIG, 60), nested('[', ']', soup(CONFIG, 4), 100), nested('{a: ', '}', fc.constant('1'), 100)),
    read(text) {
      const { config, errors } = parseConfig('.lkm-audit.yml', text, ruleIds);
      return { rules: [...config.rules], ignore: config.ignore, kernels: config.kernels, errors };
    },
  },
  {
    name: 'suppressions',
    input: soup(SUPPRESS, 60),
    read(text) {
      return findSuppressions(memScan({ 'a.c': text, Makefile: text }));
    },
  },
  {
    name: 'glob',
    input: fc.oneof(
      soup(GLOB, 40),
      fc.nat({ max: 80 }).map((n) => `${'**/'.repeat(n)}x\n${'*a'.repeat(n)}b`),
    ),
    read(text) {
      const ig = new IgnoreRules().add(text);
      const paths = ['a', 'a/b.o', 'build/', 'x/y/z.c', `${'a'.repeat(200)}`, `${'d/'.repeat(40)}x`, 'A/B/'];
      return { ignored: paths.map((p) => ig.ignores(p)), problems: ig.problems };
    },
  },
  {
    name: 'kconfig',
    input: soup(KCONFIG, 60),
    read(text) {
      return [...readKconfig(memScan({ Kconfig: text })).values()];
    },
  },
];

/** JSON of a result with Maps and Sets spelled out, functions dropped: for size and determinism. */
export function serialise(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    if (typeof v === 'function' || typeof v === 'bigint') return undefined;
    return v;
  });
}

/** Every number under a key naming a line (`line`, `endLine`, `partsLine` ...), with its path. */
export function lineNumbers(value: unknown, at = '', out: [string, number][] = []): [string, number][] {
  const stack: [unknown, string][] = [[value, at]];
  while (stack.length > 0) {
    const [v, where] = stack.pop() as [unknown, string];
    if (v === null || typeof v !== 'object') continue;
    const entries = v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v].map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, child] of entries) {
      if (typeof child === 'number' && typeof k === 'string' && /(^l|L)ine$/.test(k)) out.push([`${where}.${k}`, child]);
      else if (child && typeof child === 'object') stack.push([child, `${where}.${String(k)}`]);
    }
  }
  return out;
}

/** Lines of a text as every reader counts them (`\n`, `\r\n` and lone `\r` break lines; a final break opens one more). */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Checks one input against every property; throws with what went wrong. */
export function checkReader(reader: Reader, text: string): void {
  const started = process.cpuUsage();
  let result: unknown;
  try {
    result = reader.read(text);
  } catch (e) {
    throw new Error(`${reader.name} threw: ${(e as Error).stack ?? e}`);
  }
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  if (ms > TIME_LIMIT_MS) throw new Error(`${reader.name} took ${Math.round(ms)} ms of CPU on ${text.length} characters`);
  const json = serialise(result) ?? '';
  const bound = 64 * text.length + 20_000 + (reader.extraResult ?? 0);
  if (json.length > bound) throw new Error(`${reader.name} result is ${json.length} characters for ${text.length} of input`);
  const lines = lineCount(text);
  for (const [where, n] of lineNumbers(result)) {
    if (!Number.isInteger(n) || n < 1 || n > lines) throw new Error(`${reader.name}: ${where} = ${n}, outside 1..${lines}`);
  }
  const again = serialise(reader.read(text)) ?? '';
  if (again !== json) throw new Error(`${reader.name} is not deterministic`);
}

/**
 * The scan's gitignore matcher agrees with the `ignore` package on ordinary patterns (literal segments with at most
 * one `*`, `?`, classes, a leading `**` or `/`, a trailing `/` or `/**`). Where they differ (`[!a]`, several `**`,
 * `**` ending a folder pattern, re-including inside an excluded folder), git check-ignore sides with the matcher:
 * see test/hardening/globs.test.ts.
 */
export const ORDINARY_GLOBS = {
  patterns: fc.array(
    fc
      .tuple(
        fc.constantFrom('', '/', '**/'),
        fc.array(
          fc.oneof(
            fc.stringMatching(/^[ab.?-]{0,2}\*?[ab.?]{0,2}$/).filter((x) => x !== ''),
            fc.constant('**'),
            fc.constantFrom('[ab]', 'a[a-b]', '[.]*'),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        fc.constantFrom('', '/', '/**'),
      )
      .map(([pre, segs, post]) => pre + segs.join('/') + post)
      .filter((p) => p.split('/').filter((s) => s === '**').length <= 1 && !p.endsWith('**/')),
    { minLength: 1, maxLength: 3 },
  ),
  paths: fc.array(
    fc
      .tuple(
        fc.array(
          fc.stringMatching(/^[abAB.\-!*]{1,3}$/).filter((x) => x !== '.' && x !== '..'),
          { minLength: 1, maxLength: 4 },
        ),
        fc.boolean(),
      )
      .map(([segs, dir]) => segs.join('/') + (dir ? '/' : '')),
    { minLength: 1, maxLength: 5 },
  ),
};
