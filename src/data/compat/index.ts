// The compatibility database, oldest change first.

import { ENTRIES_4_5 } from './entries-4-5.js';
import { ENTRIES_6 } from './entries-6.js';
import type { CompatEntry } from './types.js';

export type { CompatEntry, CompatKind, Detector } from './types.js';

export const COMPAT_DB: readonly CompatEntry[] = [...ENTRIES_4_5, ...ENTRIES_6];

export function compatEntry(id: string): CompatEntry | undefined {
  return COMPAT_DB.find((e) => e.id === id);
}
