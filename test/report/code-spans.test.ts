// Our own fix texts carry code (`#if LINUX_VERSION_CODE >= ...`, `ccflags-y`): it must render as code in the job
// summary and PR comment, while text around it stays escaped.

import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { codeSpan, markdownWithCode } from '../../src/report/escape.js';
import { fixFirst } from '../../src/report/markdown.js';
import { sampleReport, sampleRules } from './sample-report.js';

const html = (md: string) => marked.parseInline(md) as string;

describe('code spans in our prose', () => {
  it('a code span survives as <code>; a mention, an HTML tag and a link around it do not', () => {
    const md = markdownWithCode('Guard it with `#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)`, ask @octocat <b>now</b> [x](http://e)');
    const out = html(md);
    expect(out).toContain('<code>#if LINUX_VERSION_CODE &gt;= KERNEL_VERSION(6, 4, 0)</code>');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('<a ');
    expect(md).toContain('@&#8203;octocat');
  });

  it('a span holding backticks gets a longer fence; no span is left open', () => {
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(html(codeSpan('`x`'))).toBe('<code>`x`</code>');
    expect(html(markdownWithCode('an unpaired ` tick <i>'))).not.toContain('<i>');
  });

  it('what-to-fix-first renders a rule fix text with code as code', () => {
    const report = sampleReport();
    const rules = sampleRules.map((r) =>
      r.id === 'license/missing-license-file'
        ? { ...r, title: 'Uses `EXTRA_CFLAGS`', fix: 'Write `ccflags-y += -I$(src)/include` instead; see <docs>.' }
        : r,
    );
    const first = fixFirst(report, rules).find((line) => line.includes('missing-license-file')) as string;
    const out = html(first);
    expect(out).toContain('<code>EXTRA_CFLAGS</code>');
    expect(out).toContain('<code>ccflags-y += -I$(src)/include</code>');
    expect(out).not.toContain('<docs>');
  });
});
