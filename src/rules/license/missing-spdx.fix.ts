// Fix for license/missing-spdx: the tag on the first line (second after `#!`), in the file type's comment style,
// with the expression the licence file and MODULE_LICENSE agree on.

import { fileLines, insertLines } from '../../fix/lines.js';
import { spdxExpressionFor } from '../../fix/licence-choice.js';
import type { Fixer } from '../../fix/types.js';
import { untaggedKernelFiles } from './missing-spdx.js';
import { expectedStyle } from './spdx-placement.js';

/** The tag line in a comment style: `//`, `/*` (closed on the line), `#` or `..`. */
export function spdxLine(style: string, expression: string): string | undefined {
  const tag = `SPDX-License-Identifier: ${expression}`;
  if (style === '//') return `// ${tag}`;
  if (style === '/*') return `/* ${tag} */`;
  if (style === '#') return `# ${tag}`;
  if (style === '..') return `.. ${tag}`;
  return undefined;
}

/** The rule says the fact once for all files: the fix tags each kernel file the model finds without a tag. */
const fix: Fixer = (model) => {
  return untaggedKernelFiles(model).missing.flatMap((file) => {
    const style = expectedStyle(file);
    const lines = fileLines(model, file);
    const expression = spdxExpressionFor(model, file);
    if (!style || !lines || !expression) return [];
    const line = spdxLine(style.style, expression);
    const edit = line && insertLines(model, file, lines[0]?.startsWith('#!') ? 2 : 1, [line]);
    return edit ? [edit] : [];
  });
};

export default fix;
