import type { RawFinding } from '../../types.js';
import { defineRule } from '../rule.js';
import { dkmsValue, resolveDkmsValue } from '../../model/dkms/parse.js';
import { dkmsRecords } from '../../model/dkms/records.js';

export default defineRule({
  id: 'dkms/version-mismatch',
  severity: 'note',
  title: 'PACKAGE_VERSION differs from MODULE_VERSION',
  why: 'dkms names the installed package by PACKAGE_VERSION while `modinfo` reports MODULE_VERSION; when they differ, users and bug reports cannot tell which source a loaded module came from.',
  fix: 'Keep both in step (generate one from the other at release time).',
  check(model) {
    const out: RawFinding[] = [];
    for (const conf of model.dkms) {
      const pv = dkmsValue(conf, 'PACKAGE_VERSION');
      const version = pv && !pv.commandSubstitution ? resolveDkmsValue(conf, pv.value) : undefined;
      if (!pv || version === undefined) continue;
      // The names dkms installs, BUILT_MODULE_NAME's default (PACKAGE_NAME for one record) included.
      const built = new Set(dkmsRecords(conf).flatMap((r) => r.builtName ?? []));
      for (const m of model.modules) {
        if (built.size > 0 && !built.has(m.name)) continue;
        const mv = m.version;
        if (!mv?.resolved || mv.value === version) continue;
        out.push({
          file: conf.path,
          line: pv.line,
          message: `PACKAGE_VERSION is ${version} but module ${m.name} declares MODULE_VERSION("${mv.value}") (${mv.file}:${mv.line})`,
        });
      }
    }
    return out;
  },
});
