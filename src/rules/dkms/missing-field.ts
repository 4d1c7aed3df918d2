import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { dkmsValue } from '../../model/dkms/parse.js';

const MODULE_ARRAYS = ['BUILT_MODULE_NAME', 'BUILT_MODULE_LOCATION', 'DEST_MODULE_NAME', 'DEST_MODULE_LOCATION', 'STRIP'];

export default defineRule({
  id: 'dkms/missing-field',
  severity: 'error',
  title: 'dkms.conf lacks a required field',
  why: 'dkms refuses the package ("Error! Bad conf file ... does not represent a valid dkms.conf file") without PACKAGE_NAME, PACKAGE_VERSION and, for each module, DEST_MODULE_LOCATION (starting with /kernel, /updates or /extra) and BUILT_MODULE_NAME when there are several modules (dkms 3.0 read_conf; kernel-facts §7).',
  fix: 'Add the missing directive, e.g. `DEST_MODULE_LOCATION[0]="/updates/dkms"` and `BUILT_MODULE_NAME[0]="<module>"`.',
  check(model) {
    const out: RawFinding[] = [];
    for (const conf of model.dkms) {
      const at = (message: string, line?: number) => out.push({ file: conf.path, line, message });
      for (const name of ['PACKAGE_NAME', 'PACKAGE_VERSION']) {
        const v = dkmsValue(conf, name);
        if (!v) at(`dkms.conf has no ${name}`);
        else if (v.value.trim() === '') at(`${name} is empty`, v.line);
      }
      const indices = new Set<number>();
      for (const n of MODULE_ARRAYS) for (const v of conf.vars.get(n) ?? []) indices.add(v.index ?? 0);
      // A template's placeholder line stands for the module records the installer writes there.
      if (indices.size === 0 && conf.placeholderLines) continue;
      if (indices.size === 0) indices.add(0);
      for (const i of [...indices].sort((a, b) => a - b)) {
        const built = dkmsValue(conf, 'BUILT_MODULE_NAME', i);
        if (!built && indices.size > 1) at(`no BUILT_MODULE_NAME[${i}] for module record #${i}`);
        if (built && /\.k?o$/.test(built.value)) at(`BUILT_MODULE_NAME[${i}] must not end in .o or .ko`, built.line);
        const dest = dkmsValue(conf, 'DEST_MODULE_LOCATION', i);
        if (!dest) at(`no DEST_MODULE_LOCATION[${i}] for module record #${i}`);
        else if (!/^\/(kernel|updates|extra)/.test(dest.value))
          at(`DEST_MODULE_LOCATION[${i}]="${dest.value}" does not begin with /kernel, /updates or /extra`, dest.line);
      }
    }
    return out;
  },
});
