// Fix for license/spdx-placement: move the tag to its line and rewrite it in the file type's style, only when the
// tag's line holds nothing else (a tag sharing its line with code or other text is left to the user).

import { fileLines, insertLines, replaceLines } from '../../fix/lines.js';
import type { Edit, Fixer } from '../../fix/types.js';
import { spdxLine } from './missing-spdx.fix.js';
import { expectedStyle } from './spdx-placement.js';

const fix: Fixer = (model, f) => {
  const tag = f.file ? model.license.spdx.get(f.file) : undefined;
  const lines = tag && fileLines(model, tag.file);
  if (!tag || !lines) return [];
  const want = tag.shebang ? 2 : 1;
  const style = expectedStyle(tag.file)?.style ?? tag.style;
  const line = spdxLine(style, tag.expression);
  const text = lines[tag.line - 1];
  if (!line || text === undefined) return [];
  const body = 'SPDX-License-Identifier:\\s*[^\\s*].*?';
  const whole = new RegExp(`^\\s*(//|#|\\.\\.)?\\s*${body}\\s*$|^\\s*/\\*\\s*${body}\\s*\\*/\\s*$`).test(text);
  const opens = new RegExp(`^\\s*/\\*\\s*${body}\\s*$`).test(text) && !tag.closed;
  const inBlock = new RegExp(`^\\s*\\*\\s*${body}\\s*$`).test(text);
  const edits: (Edit | undefined)[] = [];
  if (tag.line === want) {
    if (whole) edits.push(replaceLines(model, tag.file, want, 1, [line]));
    else if (opens) edits.push(replaceLines(model, tag.file, want, 1, [line, '/*']));
  } else if (tag.line > want && (whole || opens || inBlock)) {
    edits.push(insertLines(model, tag.file, want, [line]));
    if (opens) edits.push(replaceLines(model, tag.file, tag.line, 1, ['/*']));
    else if (inBlock && /^\s*\/\*+\s*$/.test(lines[tag.line - 2] ?? '') && /^\s*\*\/\s*$/.test(lines[tag.line] ?? ''))
      // The tag was the block's only line: the emptied comment goes too.
      edits.push(replaceLines(model, tag.file, tag.line - 1, 3, []));
    else edits.push(replaceLines(model, tag.file, tag.line, 1, []));
  }
  return edits.every(Boolean) ? (edits as Edit[]) : [];
};

export default fix;
