import { defineRule } from '../rule.js';
import { docLines, docsAnchorFinding, findDocLine, holdsKernelCode } from './doc-text.js';
import { HELLO_MODULE, README_BUILD, README_INSTALL, readme } from './examples.js';

const INSTALL = /\binsmod\b|\bmodprobe\b|\bmodules_install\b|\bdkms\b|\bmake\s+install\b/i;

export default defineRule({
  id: 'docs/missing-install-instructions',
  severity: 'warning',
  title: 'The documentation does not say how to load or install the module',
  why:
    'A built `.ko` does nothing until it is loaded (`insmod`), installed where `modprobe` finds it ' +
    '(`make modules_install` puts it in /lib/modules/<release>/extra) or handed to DKMS to be rebuilt on kernel updates; ' +
    'the guide asks for clear installation instructions.',
  fix: 'Add an Install section: `insmod` to try it, `modules_install` + `modprobe` or `dkms install` to keep it.',
  example: {
    bad: { ...HELLO_MODULE, 'README.md': readme(README_BUILD) },
    good: { ...HELLO_MODULE, 'README.md': readme(README_BUILD, README_INSTALL) },
  },
  check(model) {
    if (!holdsKernelCode(model)) return [];
    if (findDocLine(docLines(model), INSTALL)) return [];
    return [
      docsAnchorFinding(
        model,
        'nothing in the documentation says how to load or install the module (insmod, modprobe, modules_install, dkms)',
      ),
    ];
  },
});
