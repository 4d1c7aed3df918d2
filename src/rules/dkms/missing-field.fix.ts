// Fix for dkms/missing-field: the fields dkms requires, from what the build produces: PACKAGE_NAME from the one
// module, PACKAGE_VERSION from MODULE_VERSION, one BUILT_MODULE_NAME/BUILT_MODULE_LOCATION/DEST_MODULE_LOCATION
// record per module when there are none, DEST_MODULE_LOCATION="/updates/dkms" where a record lacks it.

import { posix } from 'node:path';
import { fileLines, insertLines } from '../../fix/lines.js';
import type { Fixer } from '../../fix/types.js';
import { dkmsValue } from '../../model/dkms/parse.js';

const MODULE_ARRAYS = ['BUILT_MODULE_NAME', 'BUILT_MODULE_LOCATION', 'DEST_MODULE_LOCATION'];

const fix: Fixer = (model, f) => {
  const conf = model.dkms.find((d) => d.path === f.file);
  const lines = conf && fileLines(model, conf.path);
  if (!conf || !lines) return [];
  const base = posix.dirname(conf.path);
  const mods = model.modules.filter((m) => base === '.' || m.dir === base || m.dir.startsWith(`${base}/`));
  const add: string[] = [];
  let name = dkmsValue(conf, 'PACKAGE_NAME')?.value;
  if (name === undefined && mods.length === 1) {
    name = mods[0].name;
    add.push(`PACKAGE_NAME="${name}"`);
  }
  if (!dkmsValue(conf, 'PACKAGE_VERSION')) {
    const versions = new Set(mods.map((m) => m.version?.value));
    const v = versions.size === 1 ? [...versions][0] : undefined;
    if (v && /^[\w.+~-]+$/.test(v)) add.push(`PACKAGE_VERSION="${v}"`);
  }
  const indices = new Set<number>();
  for (const n of MODULE_ARRAYS) for (const x of conf.vars.get(n) ?? []) indices.add(x.index ?? 0);
  if (indices.size === 0 && mods.length > 0) {
    mods.forEach((m, i) => {
      if (mods.length > 1 || m.name !== name) add.push(`BUILT_MODULE_NAME[${i}]="${m.name}"`);
      const rel = posix.relative(base, m.dir);
      if (rel && rel !== '.') add.push(`BUILT_MODULE_LOCATION[${i}]="${rel}/"`);
      add.push(`DEST_MODULE_LOCATION[${i}]="/updates/dkms"`);
    });
  } else {
    for (const i of [...indices].sort((a, b) => a - b))
      if (!dkmsValue(conf, 'DEST_MODULE_LOCATION', i)) add.push(`DEST_MODULE_LOCATION[${i}]="/updates/dkms"`);
  }
  if (add.length === 0) return [];
  const edit = insertLines(model, conf.path, lines.length + 1, add);
  return edit ? [edit] : [];
};

export default fix;
