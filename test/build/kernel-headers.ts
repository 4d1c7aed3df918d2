// The Debian kernel header trees CI installs (scripts/install-kernel-deps.sh), newest of a series.

import { readdirSync } from 'node:fs';

export function headersFor(series: string): string | undefined {
  let names: string[] = [];
  try {
    names = readdirSync('/usr/src');
  } catch {
    return undefined;
  }
  const re = new RegExp(`^linux-headers-${series.replace('.', '\\.')}\\.[0-9].*-amd64$`);
  return names
    .filter((n) => re.test(n))
    .sort()
    .map((n) => `/usr/src/${n}`)
    .at(-1);
}
