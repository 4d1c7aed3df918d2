import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/docs/missing-signing-guidance.js';
import { GOOD_MODULE, runRule } from '../helpers/rule-tester.js';

const withReadme = (readme: string) => ({ ...GOOD_MODULE, 'README.md': readme });

describe('docs/missing-signing-guidance', () => {
  it.each([
    ['sign-file', '```\nscripts/sign-file sha256 key.priv cert.der good.ko\n```\n'],
    ['MOK enrolment', 'Enrol the key with `mokutil --import MOK.der`.\n'],
    ['Secure Boot', '## Secure Boot\n\nDisable it or sign the module.\n'],
    ['DKMS signing', 'DKMS signs with `mok_signing_key` from /etc/dkms/framework.conf.\n'],
  ])('accepts %s', (_, text) => {
    expect(runRule(rule, withReadme(`# good\n\n${text}`))).toEqual([]);
  });

  it('reports documentation that never mentions signing', () => {
    const found = runRule(rule, withReadme('# good\n\n```\nmake\nsudo insmod good.ko\n```\n'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/signing, Secure Boot or MOK/);
  });

  it('does not take "design" or "signal" for signing', () => {
    expect(runRule(rule, withReadme('# good\n\nThe design sends a signal to user space.\n'))).toHaveLength(1);
  });
});
