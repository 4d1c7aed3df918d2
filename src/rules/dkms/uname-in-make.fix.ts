// Fix for dkms/uname-in-make: `$(uname -r)` in a dkms command -> `${kernelver}`; a wrapper whose headers path comes
// from `uname -r` gets the target kernel on the MAKE line (`KVER=${kernelver}` for a `KVER := $(shell uname -r)`,
// `KDIR=${kernel_source_dir}` for a `KDIR := /lib/modules/$(shell uname -r)/build`); command-line variables win
// over the Makefile's own assignments unless it uses `override`.

import { rewriteLine } from '../../fix/lines.js';
import type { Fixer } from '../../fix/types.js';
import { makeCommands, wrapperPath } from '../../model/dkms/make-command.js';
import { referencedVariables } from '../../model/make/expand.js';
import type { MakeFile } from '../../model/make/types.js';
import { kbuildCalls } from '../../model/make/wrapper.js';

const UNAME = /\$\(uname -r\)|`uname -r`|\$\(shell uname -r\)/g;

/** `NAME=value` that points the wrapper's headers path at the kernel dkms builds for, when there is one. */
function targetKernelArg(mf: MakeFile): string | undefined {
  for (const call of kbuildCalls(mf)) {
    if (!call.ext) continue;
    const vars = referencedVariables(call.dir);
    const queue = [...vars];
    for (let i = 0; i < queue.length && i < 20; i++) {
      const assigns = mf.assignments.filter((a) => a.name === queue[i] && !a.target);
      if (assigns.some((a) => a.override)) return undefined;
      for (const a of assigns) {
        if (/^\$\(shell uname -r\)$/.test(a.value.trim())) return `${a.name}=\${kernelver}`;
        if (/^\/lib\/modules\/\$\(shell uname -r\)\/build\/?$/.test(a.value.trim())) return `${a.name}=\${kernel_source_dir}`;
        queue.push(...referencedVariables(a.value).filter((n) => !queue.includes(n)));
      }
    }
  }
  return undefined;
}

const fix: Fixer = (model, f) => {
  const conf = model.dkms.find((d) => d.path === f.file);
  if (!conf || !f.line) return [];
  const values = [...makeCommands(conf), ...(conf.vars.get('CLEAN') ?? [])].filter((v) => v.line === f.line);
  const v = values[0];
  if (!v) return [];
  if (/uname\s+-r/.test(v.value)) {
    const edit = rewriteLine(model, conf.path, v.line, (t) => t.replace(UNAME, '${kernelver}'));
    return edit ? [edit] : [];
  }
  const path = wrapperPath(conf, v.value);
  const mf = path ? model.make.get(path) : undefined;
  const arg = mf && targetKernelArg(mf);
  if (!arg) return [];
  const edit = rewriteLine(model, conf.path, v.line, (t) =>
    t.replace(
      /^(\s*MAKE(?:\[\d+\])?=)(?:"([^"$`]*(?:\$\{?\w+\}?[^"$`]*)*)"|([^\s"'`$;]+))\s*$/,
      (_m, head: string, dq?: string, bare?: string) => `${head}"${dq ?? bare} ${arg}"`,
    ),
  );
  return edit ? [edit] : [];
};

export default fix;
