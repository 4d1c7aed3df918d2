// Whether a function's declared return type is a plain number (or void), read from the words before its name. Such
// a function cannot return NULL or an error pointer (the kernel builds with -Werror=return-type and the compiler
// rejects or warns on a pointer returned as an integer), so its callers need no walk for a pointer it returns.

/** Words naming a scalar type, or none (`void`); typedef'd numbers of the kernel's headers. */
const SCALAR_WORDS = new Set([
  'void',
  'int',
  'unsigned',
  'signed',
  'long',
  'short',
  'char',
  'bool',
  '_Bool',
  'size_t',
  'ssize_t',
  'loff_t',
  'irqreturn_t',
  'netdev_tx_t',
  'vm_fault_t',
  'blk_status_t',
  'umode_t',
  'gfp_t',
  '__poll_t',
  'dma_addr_t',
  'phys_addr_t',
  'resource_size_t',
]);
/** Sized integers: u8, s64, __u32, __le16, __be32, uint8_t, int64_t ... */
const SIZED_INTEGER = /^(?:__)?(?:[us]|le|be)(?:8|16|32|64)$|^u?int(?:8|16|32|64)_t$/;
/** Storage classes and qualifiers that say nothing of the type. */
const NOT_TYPE = new Set(['static', 'inline', 'extern', 'const', 'volatile', 'noinline', 'notrace', 'asmlinkage']);

/**
 * True only when every word of `prefix` (the declaration before the function's name) is a storage class, a
 * qualifier, an `__annotation` or a scalar type word, and nothing else stands there: no `*`, no parenthesis, no
 * unknown typedef (which may be a pointer). Anything unsure answers false: the caller then treats the function as
 * one that may return a pointer.
 */
export function returnsNoPointer(prefix: string): boolean {
  if (!/^[\w\s]*$/.test(prefix)) return false;
  let typeWords = 0;
  const words = prefix.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (NOT_TYPE.has(w) || (w.startsWith('__') && !SIZED_INTEGER.test(w) && w !== '__poll_t')) continue;
    if (w === 'enum' && i + 1 < words.length) {
      typeWords++;
      i++; // `enum foo`: the tag names an integer type
      continue;
    }
    if (!SCALAR_WORDS.has(w) && !SIZED_INTEGER.test(w)) return false;
    typeWords++;
  }
  return typeWords > 0;
}
