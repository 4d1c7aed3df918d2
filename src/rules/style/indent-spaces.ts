import { defineRule } from '../rule.js';
import { STYLE_GOOD, styleExample } from './examples.js';
import { kernelCFiles, plural, type SourceLine, sourceLines, summarise } from './per-file.js';

/** The checks of checkpatch's CODE_INDENT, SPACE_BEFORE_TAB (in the indent) and LEADING_SPACE. */
export function badIndent(line: SourceLine): boolean {
  const indent = /^[ \t]*/.exec(line.text)![0];
  if (indent.length === line.text.length) return false; // blank: trailing-whitespace's business
  if (indent.includes(' \t') || indent.includes('        ')) return true;
  if (!indent.startsWith(' ')) return false;
  // A leading space is fine in comments (` * text`), before preprocessor lines and labels.
  const first = indent.length;
  const inComment = line.code[first] !== line.text[first];
  return !inComment && !/^\s*(#|[A-Za-z_]\w*:(?!:))/.test(line.text);
}

export default defineRule({
  id: 'style/indent-spaces',
  severity: 'note',
  title: 'Code indented with spaces instead of tabs',
  why:
    'Kernel code is indented with tabs, 8 columns wide (process/coding-style.rst §1); checkpatch reports ' +
    '`ERROR:CODE_INDENT` for 8 leading spaces and `WARNING:LEADING_SPACE`, so a patch indented with spaces is ' +
    'sent back before anyone reads it.',
  fix: 'Re-indent with tabs (e.g. `unexpand --first-only -t 8`, or your editor with tab width 8 and no expandtab).',
  example: styleExample(STYLE_GOOD.replace('\tpr_info', '    pr_info').replace('\treturn 0', '    return 0')),
  check(model) {
    return kernelCFiles(model).flatMap((file) => {
      const lines = sourceLines(file)
        .filter(badIndent)
        .map((l) => l.number);
      return summarise(file.path, lines, (n) => `${plural(n, 'line', 'lines')} indented with spaces`);
    });
  },
});
