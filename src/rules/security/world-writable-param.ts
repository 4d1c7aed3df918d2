import { evalMode, isWorldWritable, octal } from '../../analysis/security/file-mode.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

const PARAM_MACROS = /^module_param(_named|_array|_array_named|_string|_cb|_call|_hw|_hw_named|_unsafe|_named_unsafe)?$/;

export default defineRule({
  id: 'security/world-writable-param',
  severity: 'error',
  title: 'Module parameter writable by others',
  why: "A parameter whose sysfs file any user may write lets unprivileged users change the module's behaviour; the kernel refuses to build it at all (VERIFY_OCTAL_PERMISSIONS turns `perm & 0002` into a compile error; kernel-facts §3).",
  fix: 'Use 0444 (read-only) or 0644 (root-writable), or 0 for no sysfs file.',
  check(model) {
    const out: RawFinding[] = [];
    for (const file of model.c.values()) {
      for (const m of file.macros) {
        if (!PARAM_MACROS.test(m.name) || m.args.length < 3) continue;
        const perm = m.args[m.args.length - 1];
        const mode = evalMode(perm);
        if (mode === undefined || !isWorldWritable(mode)) continue;
        out.push({
          file: file.path,
          line: m.line,
          column: m.column,
          message: `${m.name}(${m.args[0]}) has permission ${perm}${perm.trim() !== octal(mode) ? ` (${octal(mode)})` : ''}, writable by every user; the kernel refuses to build it (VERIFY_OCTAL_PERMISSIONS)`,
        });
      }
    }
    return out;
  },
});
