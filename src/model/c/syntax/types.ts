// Declared C types read from the tree-sitter syntax tree: what a declaration, parameter, struct
// member or typedef says a name is. Types are kept as written (`u32`, `unsigned long`,
// `struct foo`) with their pointer/array depth; nothing is expanded.

import type { Node } from 'web-tree-sitter';

export interface TypeRef {
  /** The type specifier, whitespace normalised: `unsigned int`, `u32`, `struct foo`, `size_t`. */
  base: string;
  /** Pointer and array levels: 0 for a scalar. */
  depth: number;
}

export interface Declared {
  name: string;
  type: TypeRef;
}

const kids = (n: Node): Node[] => n.namedChildren.filter((c): c is Node => c !== null);

/** The declarators of a declaration-like node: `u32 a, *b, c[4] = {0};` -> a (0), b (1), c (1). */
export function declaredNames(node: Node): Declared[] {
  const typeNode = node.childForFieldName('type');
  if (!typeNode) return [];
  const base = typeText(typeNode);
  const out: Declared[] = [];
  for (const d of node.childrenForFieldName('declarator')) {
    if (!d) continue;
    const found = unwrap(d, 0);
    if (found) out.push({ name: found.name, type: { base, depth: found.depth } });
  }
  return out;
}

/** `unsigned  long` -> `unsigned long`; `struct foo {...}` -> `struct foo`. */
export function typeText(typeNode: Node): string {
  if (typeNode.type === 'struct_specifier' || typeNode.type === 'union_specifier' || typeNode.type === 'enum_specifier') {
    const name = typeNode.childForFieldName('name');
    const kw = typeNode.type.replace('_specifier', '');
    return name ? `${kw} ${name.text}` : `${kw} <anonymous>`;
  }
  return typeNode.text.replace(/\s+/g, ' ').trim();
}

/** Walks a declarator down to its name, counting pointer and array levels. */
function unwrap(n: Node, depth: number): { name: string; depth: number } | undefined {
  switch (n.type) {
    case 'identifier':
    case 'field_identifier':
    case 'type_identifier':
      return { name: n.text, depth };
    case 'init_declarator':
    case 'attributed_declarator':
    case 'parenthesized_declarator': {
      const inner = n.childForFieldName('declarator') ?? kids(n)[0];
      return inner ? unwrap(inner, depth) : undefined;
    }
    case 'pointer_declarator':
    case 'array_declarator': {
      const inner = n.childForFieldName('declarator');
      return inner ? unwrap(inner, depth + 1) : undefined;
    }
    default:
      // function declarators (prototypes, function pointers) name no variable of a scalar type
      return undefined;
  }
}

/** Unsigned integer types of C and of the kernel (include/linux/types.h, include/uapi/asm-generic/int-ll64.h). */
const UNSIGNED_NAMES = new Set([
  'u8',
  'u16',
  'u32',
  'u64',
  '__u8',
  '__u16',
  '__u32',
  '__u64',
  'uint8_t',
  'uint16_t',
  'uint32_t',
  'uint64_t',
  'u_int8_t',
  'u_int16_t',
  'u_int32_t',
  'u_int64_t',
  'size_t',
  '__kernel_size_t',
  'uint',
  'ulong',
  'ushort',
  'unchar',
  'u_char',
  'u_short',
  'u_int',
  'u_long',
  'uintptr_t',
  '__le16',
  '__le32',
  '__le64',
  '__be16',
  '__be32',
  '__be64',
]);

const SIGNED_NAMES = new Set([
  'int',
  'long',
  'short',
  'char',
  'signed',
  's8',
  's16',
  's32',
  's64',
  '__s8',
  '__s16',
  '__s32',
  '__s64',
  'int8_t',
  'int16_t',
  'int32_t',
  'int64_t',
  'ssize_t',
  'loff_t',
  'long long',
  'long int',
  'signed int',
  'signed long',
  'signed char',
  'short int',
  'long long int',
]);

const FLOAT_NAMES = new Set(['float', 'double', 'long double']);

export type Signedness = 'unsigned' | 'signed' | 'float' | 'other';

/** Where a typedef's name is looked up (a Map will do). */
export interface TypedefLookup {
  get(name: string): TypeRef | undefined;
}

/**
 * Whether a scalar of this type is unsigned, following the module's typedefs (`typedef u32 status_t;`).
 * Anything not known for sure is 'other': never a finding on a guess.
 */
export function signedness(type: TypeRef, typedefs: TypedefLookup, seen = 0): Signedness {
  if (type.depth > 0) return 'other';
  const base = type.base
    .replace(/\b(const|volatile|register|static|extern|__iomem|__user)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/\bunsigned\b/.test(base)) return 'unsigned';
  if (UNSIGNED_NAMES.has(base)) return 'unsigned';
  if (SIGNED_NAMES.has(base)) return 'signed';
  if (FLOAT_NAMES.has(base)) return 'float';
  const alias = typedefs.get(base);
  if (alias && seen < 8) return signedness(alias, typedefs, seen + 1);
  return 'other';
}
