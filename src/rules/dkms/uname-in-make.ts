import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { appendsKernelRelease, makeCommands, passesTargetKernel, wrapperPath } from '../../model/dkms/make-command.js';
import { referencedVariables } from '../../model/make/expand.js';
import type { MakeFile } from '../../model/make/types.js';
import { kbuildCalls } from '../../model/make/wrapper.js';

const UNAME = /uname\s+-r/;

/** Whether the wrapper's `-C` path comes from `uname -r`, following its variables, without looking at KERNELRELEASE. */
function headersFromUname(mf: MakeFile): { line: number } | undefined {
  for (const call of kbuildCalls(mf)) {
    if (!call.ext) continue;
    const texts: { text: string; line: number }[] = [{ text: call.dir, line: call.step.line }];
    const seen = new Set<string>();
    let usesRelease = false;
    for (let i = 0; i < texts.length; i++) {
      for (const n of referencedVariables(texts[i].text)) {
        if (n === 'KERNELRELEASE') usesRelease = true;
        if (seen.has(n)) continue;
        seen.add(n);
        for (const a of mf.assignments) if (a.name === n && !a.target) texts.push({ text: a.value, line: a.line });
      }
    }
    const hit = texts.find((t) => UNAME.test(t.text));
    if (hit && !usesRelease) return { line: hit.line };
  }
  return undefined;
}

export default defineRule({
  id: 'dkms/uname-in-make',
  severity: 'error',
  title: 'dkms builds with `uname -r` instead of `${kernelver}`',
  why: 'dkms builds for kernels that are not running (a new kernel being installed, every kernel on `dkms autoinstall`); `$(uname -r)` names the running one, so the module is built against the wrong headers and fails to load after the reboot (kernel-facts §7; tuxedo-keyboard#40, r8125-dkms#42).',
  fix: 'Pass the target kernel: `MAKE[0]="make KVER=${kernelver} KDIR=${kernel_source_dir}"`, and let the Makefile use them with `?=`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const conf of model.dkms) {
      const lines = [...makeCommands(conf), ...(conf.vars.get('CLEAN') ?? [])];
      for (const v of lines) {
        if (UNAME.test(v.value)) {
          out.push({
            file: conf.path,
            line: v.line,
            message: 'the dkms build command uses `uname -r`, the running kernel, not the one dkms builds for (${kernelver})',
          });
        }
      }
      for (const v of makeCommands(conf)) {
        if (UNAME.test(v.value) || passesTargetKernel(v.value)) continue;
        const path = wrapperPath(conf, v.value);
        const mf = path ? model.make.get(path) : undefined;
        if (!mf) continue;
        // dkms appends KERNELRELEASE=<ver>: a wrapper that honours it still builds for the right kernel.
        const hit = headersFromUname(mf);
        if (!hit) continue;
        const tail = appendsKernelRelease(v.value) ? ' (the KERNELRELEASE= dkms appends is not used for the headers path)' : '';
        out.push({
          file: conf.path,
          line: v.line,
          message: `MAKE runs ${mf.path}, whose headers path comes from \`uname -r\` (line ${hit.line}), without passing \${kernelver}${tail}`,
        });
      }
    }
    return out;
  },
});
