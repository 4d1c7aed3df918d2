import type { KernelModule, RepoModel } from '../../model/types.js';
import { defineRule } from '../rule.js';

/** Symbols each Kconfig file defines, by the file's folder. */
function kconfigSymbols(model: RepoModel): Map<string, Set<string>> {
  const byDir = new Map<string, Set<string>>();
  for (const sym of model.kconfig.values()) {
    const dir = sym.file.includes('/') ? sym.file.slice(0, sym.file.lastIndexOf('/')) : '.';
    byDir.set(dir, (byDir.get(dir) ?? new Set<string>()).add(sym.name));
  }
  return byDir;
}

/** `obj-` assignment names by file and line, read once (a lookup per module would be quadratic). */
function objAssignments(model: RepoModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, file] of model.make)
    for (const a of file.assignments) if (a.name.startsWith('obj-')) out.set(`${path}:${a.line}`, out.get(`${path}:${a.line}`) ?? a.name);
  return out;
}

/** `HELLO` when the module is listed as `obj-$(CONFIG_HELLO) += hello.o`. */
function configSymbolOf(objs: Map<string, string>, mod: KernelModule): string | undefined {
  const name = objs.get(`${mod.buildFile}:${mod.buildLine}`);
  return name ? /CONFIG_([A-Za-z0-9_]+)/.exec(name)?.[1] : undefined;
}

function dirAndParents(dir: string): string[] {
  const parts = dir === '.' ? [] : dir.split('/');
  return Array.from({ length: parts.length + 1 }, (_, i) => parts.slice(0, parts.length - i).join('/') || '.');
}

export default defineRule({
  id: 'upstream/missing-kconfig',
  severity: 'note',
  title: 'A module has no Kconfig entry',
  why:
    'In the kernel tree every module is built from `obj-$(CONFIG_FOO) += foo.o` with a `config FOO` tristate entry ' +
    'in a Kconfig file (kbuild/kconfig-language.rst); a module that only knows `obj-m` needs that entry before it ' +
    'can be submitted upstream.',
  fix: 'Add a Kconfig with `config FOO` (tristate, depends on, help text) and build with `obj-$(CONFIG_FOO) += foo.o`.',
  example: {
    bad: { Makefile: 'obj-m := hello.o\n', 'hello.c': 'MODULE_LICENSE("GPL");\n' },
    good: {
      Makefile: 'obj-m := hello.o\n',
      Kconfig: 'config HELLO\n\ttristate "Hello module"\n\thelp\n\t  Says hello when loaded.\n',
      'hello.c': 'MODULE_LICENSE("GPL");\n',
    },
  },
  check(model) {
    const symbols = kconfigSymbols(model);
    const allSymbols = new Set([...symbols.values()].flatMap((set) => [...set]));
    const objs = objAssignments(model);
    return model.modules.flatMap((mod) => {
      // A module found from its C alone (no Makefile or Kbuild names it: ipt-netflow's Makefile.in) is placed at its source.
      const at = mod.buildFile
        ? { file: mod.buildFile, line: mod.buildLine }
        : { file: mod.init?.file ?? mod.sources[0], line: mod.init?.line ?? 1 };
      const symbol = configSymbolOf(objs, mod);
      if (symbol) {
        const defined = allSymbols.has(symbol);
        return defined ? [] : [{ ...at, message: `module ${mod.name} is built by CONFIG_${symbol}, which no Kconfig file defines` }];
      }
      const found = dirAndParents(mod.dir).some((d) => (symbols.get(d)?.size ?? 0) > 0);
      const how = mod.buildFile ? ' (built only with obj-m)' : '';
      return found ? [] : [{ ...at, message: `module ${mod.name} has no Kconfig entry${how}` }];
    });
  },
});
