// The reviewed in-tree code tests read: Linux 6.1 from Debian's linux-source-6.1, extracted by .ci/run (or a
// developer's own copy). Tests that need it skip with the reason when no tree is found.

import { existsSync } from 'node:fs';

/** Where .ci/run extracts /usr/src/linux-source-6.1.tar.xz when no tree is given. */
export const EXTRACTED_LINUX_61 = '/tmp/lkm-linux-source/linux-source-6.1';

/** The Linux 6.1 source tree: $LKM_LINUX_SRC, /work/linux-6.1, or the extraction of .ci/run. */
export function linuxSource61(): string | undefined {
  return [process.env.LKM_LINUX_SRC, '/work/linux-6.1', EXTRACTED_LINUX_61].find((d): d is string => !!d && existsSync(`${d}/drivers`));
}
