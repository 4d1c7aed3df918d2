// Small helpers shared by the cleanup rules.

import type { CallExpr } from '../../model/c/syntax/ir.js';
import type { RawFinding } from '../../types.js';

/** `kzalloc(sizeof(*p), GFP_KERNEL)` shortened for messages. */
export function callText(c: CallExpr): string {
  const args = c.args.join(', ');
  return `${c.name}(${args.length > 40 ? `${args.slice(0, 37)}...` : args})`;
}

export function at(file: string, c: CallExpr): Pick<RawFinding, 'file' | 'line' | 'column'> {
  return { file, line: c.line, column: c.column };
}
