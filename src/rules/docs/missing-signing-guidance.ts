import { defineRule } from '../rule.js';
import { docLines, docsAnchorFinding, findDocLine, holdsKernelCode } from './doc-text.js';
import { HELLO_MODULE, README_BUILD, README_SIGNING, readme } from './examples.js';

const SIGNING =
  /sign-file|\bsign_file\b|\bMOK\b|mokutil|secure\s*boot|module[ -]signing|\bsign(?:ing|ed)?\s+(?:the\s+)?(?:kernel\s+)?modules?\b|mok_signing_key|mok_certificate|KBUILD_SIGN_PIN|sig_enforce/i;

export default defineRule({
  id: 'docs/missing-signing-guidance',
  severity: 'note',
  title: 'The documentation says nothing about module signing, Secure Boot or MOK',
  why:
    'With Secure Boot (lockdown) or `CONFIG_MODULE_SIG_FORCE` the kernel rejects unsigned modules, and elsewhere they ' +
    "load with taint 'E'; users need to know to sign with `scripts/sign-file` or DKMS's `mok_signing_key` and to enrol " +
    'the certificate with `mokutil --import` (admin-guide/module-signing.rst).',
  fix: 'Add a Secure Boot section: how to sign (`sign-file`, or DKMS signing) and how to enrol the key (`mokutil --import`).',
  example: {
    bad: { ...HELLO_MODULE, 'README.md': readme(README_BUILD) },
    good: { ...HELLO_MODULE, 'README.md': readme(README_BUILD, README_SIGNING) },
  },
  check(model) {
    if (!holdsKernelCode(model)) return [];
    if (findDocLine(docLines(model), SIGNING)) return [];
    return [docsAnchorFinding(model, 'nothing in the documentation covers module signing, Secure Boot or MOK enrolment')];
  },
});
