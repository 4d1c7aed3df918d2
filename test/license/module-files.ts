// Small module repositories for the licence rule tests.

export interface ModuleOptions {
  name?: string;
  dir?: string;
  /** The MODULE_LICENSE argument as written (a quoted string or a macro name); null leaves it out. */
  license?: string | null;
  /** First lines of the source (e.g. an SPDX tag); default `// SPDX-License-Identifier: GPL-2.0`. */
  head?: string;
  /** Extra lines in the init function. */
  body?: string;
  /** Extra lines at file scope. */
  extra?: string;
  makefileHead?: string;
}

export function moduleFiles(o: ModuleOptions = {}): Record<string, string> {
  const name = o.name ?? 'hello';
  const prefix = o.dir ? `${o.dir}/` : '';
  const license = o.license === undefined ? '"GPL"' : o.license;
  const c = [
    o.head ?? '// SPDX-License-Identifier: GPL-2.0',
    '#include <linux/init.h>',
    '#include <linux/module.h>',
    '#include <linux/device.h>',
    o.extra ?? '',
    `static int __init ${name}_init(void)`,
    '{',
    o.body ?? '\tpr_info("hi\\n");',
    '\treturn 0;',
    '}',
    '',
    `static void __exit ${name}_exit(void)`,
    '{',
    '}',
    '',
    `module_init(${name}_init);`,
    `module_exit(${name}_exit);`,
    license === null ? '' : `MODULE_LICENSE(${license});`,
    'MODULE_DESCRIPTION("test");',
    '',
  ].join('\n');
  const make = [o.makefileHead ?? '# SPDX-License-Identifier: GPL-2.0', `obj-m := ${name}.o`, ''].join('\n');
  return { [`${prefix}${name}.c`]: c, [`${prefix}Makefile`]: make };
}

/** The line of the first occurrence of `needle` in a file (1-based). */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in file`);
  return text.slice(0, i).split('\n').length;
}
