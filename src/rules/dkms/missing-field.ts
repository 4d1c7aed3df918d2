import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { dkmsValue } from '../../model/dkms/parse.js';
import { dkmsRecords } from '../../model/dkms/records.js';

export default defineRule({
  id: 'dkms/missing-field',
  severity: 'error',
  title: 'dkms.conf lacks a required field',
  why: 'dkms refuses the package ("Error! Bad conf file ... does not represent a valid dkms.conf file") without PACKAGE_NAME, PACKAGE_VERSION and, for each module record, DEST_MODULE_LOCATION (starting with /kernel, /updates or /extra; dkms 3 has no default for it) and BUILT_MODULE_NAME when there are several records (one record defaults to PACKAGE_NAME); with no module record at all dkms only warns and installs nothing (dkms 3.0.11-3.2.2 read_conf; kernel-facts §7).',
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
      // The records dkms 3 derives, with its defaults (model/dkms/records.ts): an absent field whose default
      // holds is no finding.
      const records = dkmsRecords(conf);
      // A template's placeholder line stands for the module records the installer writes there.
      if (records.length === 0) {
        if (!conf.placeholderLines)
          at(
            'dkms.conf has no module record (BUILT_MODULE_NAME[0], DEST_MODULE_LOCATION[0]): dkms warns "Zero modules specified" and installs no module',
          );
        continue;
      }
      for (const r of records) {
        const i = r.index;
        const built = dkmsValue(conf, 'BUILT_MODULE_NAME', i);
        if (r.builtNameFrom === 'none')
          at(`no BUILT_MODULE_NAME[${i}] for module record #${i} (it defaults to PACKAGE_NAME only when there is one record)`);
        if (built && /\.k?o$/.test(built.value)) at(`BUILT_MODULE_NAME[${i}] must not end in .o or .ko`, built.line);
        const destName = dkmsValue(conf, 'DEST_MODULE_NAME', i);
        if (destName && /\.k?o$/.test(destName.value)) at(`DEST_MODULE_NAME[${i}] must not end in .o or .ko`, destName.line);
        const dest = r.destLocation;
        if (!dest) at(`no DEST_MODULE_LOCATION[${i}] for module record #${i} (dkms 3 has no default for it)`, r.line);
        else if (!/^\/(kernel|updates|extra)/.test(dest.value))
          at(`DEST_MODULE_LOCATION[${i}]="${dest.value}" does not begin with /kernel, /updates or /extra`, dest.line);
      }
    }
    return out;
  },
});
