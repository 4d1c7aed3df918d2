// The module records dkms derives from a dkms.conf, with the defaults dkms 3 applies when a field is absent
// (dkms.in read_conf, 3.0.11 to 3.2.2): records run from 0 to the highest index any of BUILT_MODULE_NAME,
// BUILT_MODULE_LOCATION, DEST_MODULE_NAME, DEST_MODULE_LOCATION uses; BUILT_MODULE_NAME defaults to PACKAGE_NAME
// when there is exactly one record; DEST_MODULE_NAME to the built name; BUILT_MODULE_LOCATION to the source root;
// STRIP to STRIP[0], else "yes". DEST_MODULE_LOCATION has no default: dkms refuses a record without it (on the
// distributions that override it too). Zero records are a warning ("Zero modules specified"): nothing is installed.

import { dkmsValue, resolveDkmsValue } from './parse.js';
import type { DkmsConf, DkmsValue } from './types.js';

const RECORD_ARRAYS = ['BUILT_MODULE_NAME', 'BUILT_MODULE_LOCATION', 'DEST_MODULE_NAME', 'DEST_MODULE_LOCATION'];

export interface DkmsRecord {
  index: number;
  /** The module file dkms picks up after the build, without `.ko`; undefined when dkms has none (an error). */
  builtName?: string;
  /** Where the name came from: written, or PACKAGE_NAME by default. */
  builtNameFrom: 'written' | 'PACKAGE_NAME' | 'none';
  /** Folder of the built module relative to the source root ('' for the root), without a trailing slash. */
  builtLocation: string;
  destName?: string;
  destLocation?: DkmsValue;
  /** Line of the record's first written field, for findings. */
  line?: number;
  /** A value holds a variable or command the audit does not resolve. */
  unresolved: boolean;
}

export function dkmsRecords(conf: DkmsConf): DkmsRecord[] {
  let max = -1;
  for (const n of RECORD_ARRAYS) for (const v of conf.vars.get(n) ?? []) max = Math.max(max, v.index ?? 0);
  const count = max + 1;
  const out: DkmsRecord[] = [];
  for (let i = 0; i < count; i++) {
    let unresolved = false;
    const read = (name: string) => {
      const v = dkmsValue(conf, name, i);
      if (!v) return undefined;
      const r = v.commandSubstitution ? undefined : resolveDkmsValue(conf, v.value);
      if (r === undefined) unresolved = true;
      return r;
    };
    const written = read('BUILT_MODULE_NAME');
    const pkg = count === 1 && !dkmsValue(conf, 'BUILT_MODULE_NAME', i) ? dkmsValue(conf, 'PACKAGE_NAME') : undefined;
    const pkgName = pkg ? resolveDkmsValue(conf, pkg.value) : undefined;
    if (pkg && pkgName === undefined) unresolved = true;
    const builtName = written ?? pkgName;
    const location = (read('BUILT_MODULE_LOCATION') ?? '').replace(/^\.\/?/, '').replace(/\/+$/, '');
    const lines = RECORD_ARRAYS.map((n) => dkmsValue(conf, n, i)?.line).filter((l): l is number => l !== undefined);
    out.push({
      index: i,
      builtName,
      builtNameFrom: dkmsValue(conf, 'BUILT_MODULE_NAME', i) ? 'written' : pkg ? 'PACKAGE_NAME' : 'none',
      builtLocation: location,
      destName: read('DEST_MODULE_NAME') ?? builtName,
      destLocation: dkmsValue(conf, 'DEST_MODULE_LOCATION', i),
      line: lines.length ? Math.min(...lines) : undefined,
      unresolved,
    });
  }
  return out;
}
