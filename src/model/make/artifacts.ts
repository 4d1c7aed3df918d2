// Kbuild's build outputs (kernel-facts §1): what must never be committed and what .gitignore should cover.

import { posix } from 'node:path';

/** Which kbuild output a path is, or undefined. `sources` tells a built `.o` from a shipped binary blob. */
export function kbuildArtifact(path: string, sources: Set<string>): string | undefined {
  const base = posix.basename(path);
  if (/(^|\/)\.tmp_versions\//.test(path)) return '.tmp_versions/';
  if (base === 'Module.symvers' || base === 'modules.order' || base === 'Module.markers') return base;
  if (base === '.module-common.o') return base;
  if (base.endsWith('.ko')) return '*.ko';
  if (base.endsWith('.mod.c')) return '*.mod.c';
  if (base.endsWith('.mod.o')) return '*.mod.o';
  if (base.endsWith('.mod')) return '*.mod';
  if (/^\..+\.cmd$/.test(base)) return '.*.cmd';
  if (/^\..+\.o\.d$/.test(base)) return '.*.d';
  if (base.endsWith('.o')) {
    // A .o with no source beside it is a prebuilt blob kbuild links as is: deliberate, not an artifact.
    const stem = path.slice(0, -2);
    return ['.c', '.S', '.s'].some((e) => sources.has(stem + e)) ? '*.o' : undefined;
  }
  return undefined;
}

/** Representative outputs of building module `name` in folder `dir`, with the pattern each needs. */
export function sampleOutputs(dir: string, name: string): { pattern: string; path: string }[] {
  const at = (f: string) => (dir === '.' || dir === '' ? f : `${dir}/${f}`);
  return [
    { pattern: '*.o', path: at(`${name}.o`) },
    { pattern: '*.ko', path: at(`${name}.ko`) },
    { pattern: '*.mod.c', path: at(`${name}.mod.c`) },
    { pattern: '*.mod', path: at(`${name}.mod`) },
    { pattern: '.*.cmd', path: at(`.${name}.ko.cmd`) },
    { pattern: 'Module.symvers', path: at('Module.symvers') },
    { pattern: 'modules.order', path: at('modules.order') },
  ];
}
