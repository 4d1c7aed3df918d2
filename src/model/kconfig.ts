// Kconfig symbols the repository defines, with their type: a `bool` symbol can only build code
// into the kernel, so an `obj-$(CONFIG_X)` entry behind it is not a loadable module.

import type { RepoFiles } from '../scan/types.js';

export interface KconfigSymbol {
  name: string;
  type?: 'bool' | 'tristate' | 'string' | 'int' | 'hex';
  file: string;
  line: number;
}

const KCONFIG_FILE = /(^|\/)Kconfig(\.[\w.-]+)?$/;
const ENTRY = /^[ \t]*(?:menu)?config[ \t]+([A-Za-z0-9_]+)/;
const TYPE = /^[ \t]*(?:def_)?(bool|tristate|string|int|hex)\b/;

export function readKconfig(scan: RepoFiles): Map<string, KconfigSymbol> {
  const out = new Map<string, KconfigSymbol>();
  for (const f of scan.files.values()) {
    if (!KCONFIG_FILE.test(f.path) || f.text === undefined) continue;
    let current: KconfigSymbol | undefined;
    f.text.split('\n').forEach((text, i) => {
      const entry = ENTRY.exec(text);
      if (entry) {
        current = out.get(entry[1]) ?? { name: entry[1], file: f.path, line: i + 1 };
        out.set(entry[1], current);
        return;
      }
      const type = current && !current.type ? TYPE.exec(text) : null;
      if (current && type) current.type = type[1] as KconfigSymbol['type'];
    });
  }
  return out;
}
