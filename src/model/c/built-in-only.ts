// Code compiled only when the driver is built into the kernel (`#ifndef MODULE`,
// `#if defined(CONFIG_ZFS) && !defined(CONFIG_ZFS_MODULE)`): an out-of-tree module never compiles it, and modpost's
// licence checks do not apply to built-in code.

import type { PreprocCondition } from './types.js';

const MODULE_MACRO = String.raw`(?:MODULE|CONFIG_\w+_MODULE)`;
const NOT_MODULE = new RegExp(String.raw`!\s*defined\s*\(?\s*${MODULE_MACRO}\b`);
const IS_MODULE = new RegExp(String.raw`^\s*(?:defined\s*\(?\s*)?${MODULE_MACRO}\s*\)?\s*$`);

export function builtInOnly(conditions: readonly PreprocCondition[]): boolean {
  return conditions.some((c) => {
    if (c.directive === 'ifndef') return new RegExp(`^\\s*${MODULE_MACRO}\\s*$`).test(c.expr);
    if ((c.directive === 'if' || c.directive === 'elif') && !c.expr.includes('||')) return NOT_MODULE.test(c.expr);
    // `#ifdef MODULE ... #else`: the else branch is the built-in one.
    if (c.directive === 'else') return c.previous.some((p) => IS_MODULE.test(p));
    return false;
  });
}
