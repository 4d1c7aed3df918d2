import { defineRule } from '../rule.js';
import { docLines, docsAnchorFinding, findDocLine, holdsKernelCode } from './doc-text.js';
import { HELLO_MODULE, README_BUILD, readme } from './examples.js';

// `make` as a command in a code block; in prose only with its kbuild arguments ("make sure" is English).
const MAKE_IN_CODE = /(^|[\s$;&|(`])make(?![-\w.])/;
const MAKE_IN_PROSE = /\bmake\s+(-C\b|KDIR=|KERNELDIR=|KSRC=|M=)/;
const DKMS_BUILD = /\bdkms\s+(add|build|install)\b/;
const HEADERS =
  /kernel[ -]?headers|linux-headers|kernel-devel|kernel[ -]sources?|\/lib\/modules\/|\b(KDIR|KERNELDIR|KERNEL_DIR|KSRC|KERNEL_SRC|KERNEL_SOURCE)\b|-C\s+\S+\s+M=/i;

export default defineRule({
  id: 'docs/missing-build-instructions',
  severity: 'warning',
  title: 'The documentation does not say how to build the module against kernel headers',
  why:
    'An external module builds only against the headers of the exact kernel it will run on (`make -C <headers> M=$PWD`, ' +
    'Documentation/kbuild/modules.rst); users who are not told which headers to install, or how to point the build at ' +
    'another tree (`KDIR=`), build against the wrong kernel or not at all.',
  fix: 'Add a Build section: the headers package to install, `make`, and `make KDIR=/path/to/headers` for another kernel.',
  example: {
    bad: { ...HELLO_MODULE, 'README.md': readme('Load it and enjoy.\n') },
    good: { ...HELLO_MODULE, 'README.md': readme(README_BUILD) },
  },
  check(model) {
    if (!holdsKernelCode(model)) return [];
    const lines = docLines(model);
    if (findDocLine(lines, DKMS_BUILD)) return [];
    const make = findDocLine(lines, MAKE_IN_CODE, 'code') ?? lines.find((l) => l.kind === 'prose' && MAKE_IN_PROSE.test(l.text));
    if (!make) {
      return [docsAnchorFinding(model, 'nothing in the documentation says how to build the module (`make` against kernel headers)')];
    }
    if (findDocLine(lines, HEADERS)) return [];
    return [
      {
        file: make.file,
        line: make.line,
        message:
          'the build instructions do not say which kernel headers they need or how to point at another tree (`make KDIR=/path/to/headers`)',
      },
    ];
  },
});
