// The licence ids and exceptions the kernel accepts in SPDX tags: the Valid-License-Identifier and
// SPDX-Exception-Identifier lines of LICENSES/ in linux 6.1 (process/license-rules.rst).

export const KERNEL_PREFERRED = [
  'GPL-2.0',
  'GPL-2.0+',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'LGPL-2.0',
  'LGPL-2.0+',
  'LGPL-2.1',
  'LGPL-2.1+',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'BSD-3-Clause-Clear',
  'MIT',
] as const;

/** Allowed only as the alternative to a GPL licence (`GPL-2.0 OR Apache-2.0`). */
export const KERNEL_DUAL_ONLY = ['Apache-2.0', 'CC-BY-4.0', 'CDDL-1.0', 'MPL-1.1'] as const;

/** Still valid, but not for new code. */
export const KERNEL_DEPRECATED = [
  'GPL-1.0+',
  'ISC',
  'Linux-OpenIB',
  'X11',
  'Zlib',
  'GFDL-1.1-no-invariants-only',
  'GFDL-1.1-no-invariants-or-later',
  'GFDL-1.2-no-invariants-only',
  'GFDL-1.2-no-invariants-or-later',
] as const;

/** Exceptions and the licences they may be attached to (their SPDX-Licenses lines). */
export const KERNEL_EXCEPTIONS: Record<string, readonly string[]> = {
  'Linux-syscall-note': [
    'GPL-2.0',
    'GPL-2.0+',
    'GPL-1.0+',
    'LGPL-2.0',
    'LGPL-2.0+',
    'LGPL-2.1',
    'LGPL-2.1+',
    'GPL-2.0-only',
    'GPL-2.0-or-later',
    // The -only/-or-later spellings of the LGPL ids the kernel lists under their old names.
    'LGPL-2.1-only',
    'LGPL-2.1-or-later',
  ],
  'GCC-exception-2.0': ['GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later'],
};

/** How the kernel's LICENSES/ classifies an id, or undefined when the kernel does not use it. */
export function kernelIdKind(id: string): 'preferred' | 'dual' | 'deprecated' | undefined {
  const has = (list: readonly string[]) => list.includes(id) || list.includes(modernToKernel(id));
  if (has(KERNEL_PREFERRED)) return 'preferred';
  if (has(KERNEL_DUAL_ONLY)) return 'dual';
  if (has(KERNEL_DEPRECATED)) return 'deprecated';
  return undefined;
}

/** `LGPL-2.0-only` -> `LGPL-2.0`, `LGPL-2.0-or-later` -> `LGPL-2.0+`: the newer SPDX spelling of ids the kernel lists under the old one. */
function modernToKernel(id: string): string {
  return id.replace(/-only$/, '').replace(/-or-later$/, '+');
}
