// correctness/identical-operands: the repeated operands the file facts found, minus those whose two
// evaluations may differ (calls that are not known to be pure, assignments, volatile reads, macros
// of the module that expand to more than a constant) and the float NaN test `x != x`.

import type { CFile } from '../../model/c/types.js';
import type { RepoModel } from '../../model/types.js';
import type { RawFinding } from '../../types.js';
import { repoTypes } from './repo-types.js';
import { repoDefines } from '../../model/c/define-index.js';

/** Calls and function-like macros that give the same value for the same arguments. */
const PURE = new Set([
  'IS_ERR',
  'IS_ERR_OR_NULL',
  'PTR_ERR',
  'ERR_PTR',
  'strcmp',
  'strncmp',
  'strcasecmp',
  'strncasecmp',
  'memcmp',
  'strlen',
  'strnlen',
  'test_bit',
  'BIT',
  'BIT_ULL',
  'GENMASK',
  'GENMASK_ULL',
  'ARRAY_SIZE',
  'FIELD_GET',
  'FIELD_PREP',
  'min',
  'max',
  'min_t',
  'max_t',
  'abs',
  'le16_to_cpu',
  'le32_to_cpu',
  'le64_to_cpu',
  'be16_to_cpu',
  'be32_to_cpu',
  'be64_to_cpu',
  'cpu_to_le16',
  'cpu_to_le32',
  'cpu_to_le64',
  'cpu_to_be16',
  'cpu_to_be32',
  'cpu_to_be64',
  'ntohs',
  'ntohl',
  'htons',
  'htonl',
  'likely',
  'unlikely',
  'list_empty',
  'is_valid_ether_addr',
  'ether_addr_equal',
  'IS_ENABLED',
  'IS_ALIGNED',
]);

/** Values that change between two reads. */
const VOLATILE = new Set(['jiffies', 'jiffies_64', '__LINE__', '__COUNTER__']);

/** A macro body that is a constant or a plain name expands the same way twice. */
const CONSTANT_BODY = /^\(?\s*(-?\s*(0x[0-9a-fA-F]+|\d+)[uUlL]*|[A-Za-z_]\w*|\(\s*1[uUlL]*\s*<<\s*\d+\s*\))\s*\)?$/;

export function identicalOperandFindings(model: RepoModel): RawFinding[] {
  const t = repoTypes(model);
  const candidates = [...t.files].flatMap(([path, file]) =>
    file.functions.flatMap((fn) => fn.identical.filter((i) => !i.sideEffects && !i.literal).map((i) => ({ path, fn, i }))),
  );
  // Only the names the candidates use are looked up among the repository's macros (a tree has millions of them).
  const asked = new Set(candidates.flatMap(({ i }) => [...i.calls, ...i.identifiers]));
  const macros = new Map<string, { file: CFile; params: boolean; value: string; line: number }[]>();
  const defined = repoDefines(model.c);
  for (const name of asked) {
    const defs = defined.holders(name).map(({ file, define: d }) => ({ file, params: !!d.params, value: d.value, line: d.line }));
    if (defs.length) macros.set(name, defs);
  }
  const conditional = (file: CFile, line: number) => file.conditionsAt(line).some((c) => !isIncludeGuard(c.directive, c.expr));
  const unstableMacro = (name: string): boolean => {
    const defs = macros.get(name);
    if (!defs) return false;
    // Defined more than once or per configuration, or to more than a constant: what the operands stand for
    // is not what the text shows.
    return defs.length > 1 || defs.some((d) => d.params || conditional(d.file, d.line) || !CONSTANT_BODY.test(d.value));
  };
  const out: RawFinding[] = [];
  for (const { path, fn, i } of candidates) {
    if (i.calls.some((c) => !PURE.has(c) || unstableMacro(c))) continue;
    if (i.identifiers.some((id) => VOLATILE.has(id) || unstableMacro(id))) continue;
    out.push({
      file: path,
      line: i.line,
      column: i.column,
      message: `\`${i.operand}\` appears on both sides of \`${i.op}\` in \`${shorten(i.text)}\` (${fn.name}()): ${meaning(i.op)}`,
    });
  }
  return out;
}

/** `#ifndef FOO_H`: the guard around a whole header, not a configuration. */
function isIncludeGuard(directive: string, expr: string): boolean {
  return directive === 'ifndef' && /^_*[A-Z0-9_]+_H(_+[A-Z0-9_]*)?$|^_*[A-Z0-9_]+_H_*$/.test(expr.trim());
}

function meaning(op: string): string {
  switch (op) {
    case '==':
      return 'always true; another operand was probably meant';
    case '!=':
    case '-':
    case '^':
      return `always ${op === '!=' ? 'false' : 'zero'}; another operand was probably meant`;
    default:
      return 'the second one adds nothing; another operand was probably meant';
  }
}

function shorten(s: string): string {
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}
