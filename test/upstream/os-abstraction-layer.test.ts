import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/upstream/os-abstraction-layer.js';
import { runRule } from '../helpers/rule-tester.js';

const MAKE = { Makefile: 'obj-m := drv.o\ndrv-y := os_dep/osdep_service.o main.o\n' };
const HEAD = '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n#include <linux/slab.h>\n';

const OSDEP = `${HEAD}
typedef spinlock_t _lock;
typedef struct semaphore _sema;
typedef struct timer_list _timer;

u8 *_rtw_malloc(u32 sz)
{
	return kmalloc(sz, in_interrupt() ? GFP_ATOMIC : GFP_KERNEL);
}

void _rtw_mfree(u8 *pbuf, u32 sz)
{
	kfree(pbuf);
}

void _rtw_memcpy(void *dst, const void *src, u32 sz)
{
	memcpy(dst, src, sz);
}

void _rtw_spinlock(_lock *plock)
{
	spin_lock(plock);
}

void _rtw_spinunlock(_lock *plock)
{
	spin_unlock(plock);
}

#ifdef PLATFORM_WINDOWS
	NdisAllocateMemory(&p, sz, 0, HighestAcceptableMax);
#endif
`;

describe('upstream/os-abstraction-layer', () => {
  it('measures wrappers, renamed kernel types, other-OS blocks and the layer folder, and reports once', () => {
    const found = runRule(rule, { ...MAKE, 'os_dep/osdep_service.c': OSDEP, 'main.c': `${HEAD}\nstatic int x;\n` });
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({ file: 'os_dep/osdep_service.c', line: 9 });
    expect(f.message).toContain(
      '5 wrappers around kernel primitives (20 lines; e.g. _rtw_malloc -> kmalloc, _rtw_mfree -> kfree, _rtw_memcpy -> memcpy)',
    );
    expect(f.message).toContain(
      '3 typedefs renaming kernel types (_lock = spinlock_t, _sema = struct semaphore, _timer = struct timer_list)',
    );
    expect(f.message).toContain('1 block for other operating systems (PLATFORM_WINDOWS; 3 lines)');
    expect(f.message).toContain('layer folders os_dep/ (1 file, 36 lines)');
  });

  it('says nothing of a few helpers, of callbacks that only free, or of a driver without a layer', () => {
    const helpers = `${HEAD}
static void drv_release(struct kref *ref)
{
	kfree(ref);
}

static const struct kobj_type drv_ktype = { .release = drv_release };

static void drv_lock(struct drv *d)
{
	spin_lock(&d->lock);
}
`;
    expect(runRule(rule, { ...MAKE, 'main.c': helpers })).toEqual([]);
    expect(runRule(rule, { ...MAKE, 'main.c': `${HEAD}\nstatic int x;\n` })).toEqual([]);
  });
});
