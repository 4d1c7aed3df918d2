import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/build/diagnostics.js';

// Shapes of gcc 12 and modpost output seen in real builds against Debian's 6.12 headers (kernel-facts §9).
const LOG = [
  'In file included from /usr/src/h/include/linux/module.h:13,',
  '                 from /tmp/c/cc.c:2:',
  "/tmp/c/cc.c: In function 'cc_init':",
  "/usr/src/h/include/linux/init.h:180:22: error: passing argument 1 of 'class_create' from incompatible pointer type [-Werror=incompatible-pointer-types]",
  '  180 | #define THIS_MODULE (&__this_module)',
  "/tmp/c/cc.c:10:28: note: in expansion of macro 'THIS_MODULE'",
  "/tmp/c/cc.c:10:15: error: too many arguments to function 'class_create'",
  '/usr/src/h/include/linux/device/class.h:228:29: note: declared here',
  "/tmp/c/p.c:10:13: warning: unused variable 'unused' [-Wunused-variable]",
  'ERROR: modpost: missing MODULE_LICENSE() in /tmp/c/nolic.o',
  'WARNING: modpost: missing MODULE_DESCRIPTION() in /tmp/c/nolic.o',
  'ERROR: modpost: "kallsyms_lookup_name" [/tmp/c/k.ko] undefined!',
  "/usr/src/h/Makefile:224: *** 'SUBDIRS' was removed in Linux 5.3, use 'M=' or 'KBUILD_EXTMOD='.  Stop.",
  'make[2]: *** [/usr/src/h/scripts/Makefile.build:234: /tmp/c/cc.o] Error 1',
].join('\n');

describe('parseBuildLog', () => {
  it('reads compiler diagnostics with notes and include chains, modpost and kbuild stops', () => {
    const d = parseBuildLog(LOG);
    expect(d.map((x) => [x.source, x.severity, x.at?.path, x.at?.line, x.object])).toEqual([
      ['compiler', 'error', '/usr/src/h/include/linux/init.h', 180, undefined],
      ['compiler', 'error', '/tmp/c/cc.c', 10, undefined],
      ['compiler', 'warning', '/tmp/c/p.c', 10, undefined],
      ['modpost', 'error', undefined, undefined, '/tmp/c/nolic.o'],
      ['modpost', 'warning', undefined, undefined, '/tmp/c/nolic.o'],
      ['modpost', 'error', undefined, undefined, '/tmp/c/k.ko'],
      ['kbuild', 'error', undefined, undefined, undefined],
    ]);
    expect(d[0].notes).toEqual([{ message: "in expansion of macro 'THIS_MODULE'", at: { path: '/tmp/c/cc.c', line: 10, column: 28 } }]);
    expect(d[0].includedFrom.map((l) => l.path)).toEqual(['/usr/src/h/include/linux/module.h', '/tmp/c/cc.c']);
    expect(d[6].message).toBe("'SUBDIRS' was removed in Linux 5.3, use 'M=' or 'KBUILD_EXTMOD='");
  });
});
