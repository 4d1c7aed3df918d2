import { evalMode, isWorldWritable, octal } from '../../analysis/security/file-mode.js';
import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';

/** Attribute macros of the kernel whose second argument is the mode (driver-private *_ATTR macros differ). */
const ATTR_MACROS = new Set([
  '__ATTR',
  'DEVICE_ATTR',
  'DRIVER_ATTR',
  'BUS_ATTR',
  'CLASS_ATTR',
  'SENSOR_DEVICE_ATTR',
  'SENSOR_DEVICE_ATTR_2',
  'IIO_DEVICE_ATTR',
  'IIO_DEVICE_ATTR_NAMED',
  'KERNEL_ATTR',
]);

/**
 * Calls and macros whose second argument is the mode of a proc/debugfs/sysfs entry. The name is judged first:
 * a call's arguments are split when read and kept, so reading them for every call of a tree costs memory.
 */
function modeArg(name: string, args: () => string[]): number | undefined {
  if (!mayTakeMode(name)) return undefined;
  return ATTR_MACROS.has(name) && args().length < 4 ? undefined : 1;
}

/** Whether a call of this name may take a mode (modeArg, without its arguments): only those calls are made. */
function mayTakeMode(name: string): boolean {
  // (by their first letter first: a tree has millions of calls, and three expressions on each cost a second)
  const first = name.charCodeAt(0);
  if (first === 112 /* p */ && /^proc_(create|mkdir_mode)/.test(name)) return true;
  if (first === 100 /* d */ && /^debugfs_create_/.test(name) && !/^debugfs_create_(dir|symlink|automount)$/.test(name)) return true;
  return ATTR_MACROS.has(name);
}

export default defineRule({
  id: 'security/world-writable-file',
  severity: 'error',
  title: 'proc/sysfs/debugfs entry writable by others',
  why: 'A proc, sysfs or debugfs file that any user may write hands every local user a way to change driver state or feed it input it never expected; checkpatch reports it as EXPORTED_WORLD_WRITABLE, and sysfs attribute macros fail to build (VERIFY_OCTAL_PERMISSIONS; kernel-facts §3).',
  fix: 'Give the entry 0644 (root-writable) or 0444 (read-only), or 0600 for root-only files.',
  check(model) {
    const out: RawFinding[] = [];
    for (const file of model.c.values()) {
      const seen = new Set<number>();
      for (const c of file.callsNamed(mayTakeMode)) {
        const i = modeArg(c.name, () => c.args);
        if (i === undefined || seen.has(c.offset)) continue;
        seen.add(c.offset);
        const mode = evalMode(c.args[i] ?? '');
        if (mode === undefined || !isWorldWritable(mode)) continue;
        const attr = /ATTR/.test(c.name);
        out.push({
          file: file.path,
          line: c.line,
          column: c.column,
          message: `${c.name}(${c.args[0]}, ${c.args[i]}) creates a file every user may write (${octal(mode)})${attr ? '; the kernel refuses to build it (VERIFY_OCTAL_PERMISSIONS)' : ''}`,
        });
      }
    }
    return out;
  },
});
