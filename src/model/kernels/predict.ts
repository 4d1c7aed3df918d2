// What the database predicts for a kernel: does code written in an entry's old or new form build there?

import type { CompatEntry } from '../../data/compat/types.js';
import { parseVersion } from './version.js';

/**
 * True: builds; false: does not; undefined: the database makes no claim (a new API below its mainline release
 * may be backported, and a removal the compiler cannot see, such as an unexported symbol, is for modpost).
 */
export function predictBuild(entry: CompatEntry, form: 'old' | 'new', kernel: string): boolean | undefined {
  const v = parseVersion(kernel);
  if (v === undefined) return undefined;
  if (form === 'old') {
    if (!entry.removedIn) return true;
    return v < (parseVersion(entry.removedIn) as number);
  }
  if (!entry.addedIn) return true;
  if (v >= (parseVersion(entry.addedIn) as number)) return true;
  return entry.backported ? undefined : false;
}

/** Whether an entry's change (removal or addition) falls in [from, to] (inclusive series). */
export function changesBetween(entry: CompatEntry, from: string, to: string): boolean {
  const lo = parseVersion(from) as number;
  const hi = parseVersion(to) as number;
  return [entry.removedIn, entry.addedIn].some((x) => {
    const v = x ? parseVersion(x) : undefined;
    return v !== undefined && v >= lo && v <= hi;
  });
}
