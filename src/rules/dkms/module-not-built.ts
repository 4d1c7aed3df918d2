import { posix } from 'node:path';
import { dkmsRecords } from '../../model/dkms/records.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'dkms/module-not-built',
  severity: 'error',
  title: 'dkms.conf expects a module the build does not produce there',
  why: 'After MAKE, dkms copies `BUILT_MODULE_LOCATION/BUILT_MODULE_NAME.ko` (the location defaults to the source root, the name to PACKAGE_NAME for a single record); when kbuild writes the module under another name or folder, `dkms build` stops with "Build of <name>.ko failed" and nothing is installed (dkms 3 read_conf and build).',
  fix: 'Set BUILT_MODULE_NAME[#] to the name in `obj-m` and BUILT_MODULE_LOCATION[#] to the folder of the Kbuild file that declares it (relative to dkms.conf).',
  check(model) {
    if (model.dkms.length === 0) return [];
    // Only modules kbuild declares (not guessed from sources, not behind a Kconfig symbol nobody sets).
    const conditional = new Set(model.objEntries.filter((e) => e.unresolvedConfig).map((e) => `${e.file}:${e.line}:${e.name}`));
    const declared = model.modules.filter((m) => m.buildFile && !conditional.has(`${m.buildFile}:${m.buildLine}:${m.name}`));
    if (declared.length === 0) return [];
    const out: RawFinding[] = [];
    for (const conf of model.dkms) {
      if (conf.template) continue;
      const root = sourceRoot(conf.path, model.make);
      // `obj-m := ./src/foo.o` builds src/foo.ko: the name's folder is part of where the module lands.
      const built = new Map(
        declared.map((m) => [posix.basename(m.name), rel(root, posix.normalize(posix.join(m.dir, posix.dirname(m.name))))]),
      );
      const folders = new Set([...model.scan.files.keys()].map((p) => posix.dirname(p)));
      for (const r of dkmsRecords(conf)) {
        if (!r.builtName || r.unresolved) continue;
        // A location the repository does not hold (a git submodule, a generated tree) is not judged.
        if (r.builtLocation && !folders.has(posix.normalize(posix.join(root, r.builtLocation)))) continue;
        const where = built.get(r.builtName);
        const file = r.builtLocation ? `${r.builtLocation}/${r.builtName}.ko` : `${r.builtName}.ko`;
        const named =
          r.builtNameFrom === 'PACKAGE_NAME'
            ? `PACKAGE_NAME "${r.builtName}" (the default of BUILT_MODULE_NAME[${r.index}])`
            : `BUILT_MODULE_NAME[${r.index}]="${r.builtName}"`;
        if (where === undefined) {
          const names = [...built.keys()].join(', ');
          out.push({
            file: conf.path,
            line: r.line,
            message: `dkms expects ${file} from ${named}, but the build produces ${names}: dkms build fails`,
          });
        } else if (where !== r.builtLocation) {
          out.push({
            file: conf.path,
            line: r.line,
            message: `dkms looks for ${file}, but kbuild writes ${where ? `${where}/` : ''}${r.builtName}.ko: set BUILT_MODULE_LOCATION[${r.index}]="${where || '.'}"`,
          });
        }
      }
    }
    return out;
  },
});

/**
 * The folder dkms builds in: dkms.conf's own, unless that folder holds no build file (`dkms/dkms.conf` that an
 * installer copies to the source root beside the Makefile).
 */
function sourceRoot(confPath: string, make: Map<string, unknown>): string {
  const dir = posix.dirname(confPath);
  const hasBuild = (d: string) => [...make.keys()].some((p) => posix.dirname(p) === d);
  return hasBuild(dir) || !hasBuild('.') ? dir : '.';
}

/** Folder of a module relative to dkms.conf's folder ('' for the same folder). */
function rel(root: string, dir: string): string {
  const r = posix.relative(root === '.' ? '' : root, dir === '.' ? '' : dir);
  return r === '.' ? '' : r;
}
