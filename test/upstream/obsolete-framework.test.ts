import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OBSOLETE_FRAMEWORKS } from '../../src/data/obsolete-frameworks.js';
import rule from '../../src/rules/upstream/obsolete-framework.js';
import { runRule } from '../helpers/rule-tester.js';
import { linuxSource61 } from '../helpers/linux-source.js';

const MAKE = { Makefile: 'obj-m := drv.o\n' };
const HEAD = '// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n';

/** For every table entry: code that uses the old framework, and the same done with the replacement. */
const CASES: Record<string, { bad: string; good: string }> = {
  videobuf1: {
    bad: `${HEAD}#include <media/videobuf-vmalloc.h>\n\nstatic struct videobuf_queue q;\nstatic int drv_probe(void)\n{\n\tvideobuf_queue_vmalloc_init(&q, NULL, NULL, NULL, 0, 0, 0, NULL, NULL);\n\treturn 0;\n}\n`,
    good: `${HEAD}#include <media/videobuf2-vmalloc.h>\n\nstatic struct vb2_queue q;\nstatic int drv_probe(void)\n{\n\treturn vb2_queue_init(&q);\n}\n`,
  },
  'v4l2-own-streaming': {
    bad: `${HEAD}#include <media/v4l2-ioctl.h>\n\nstatic const struct v4l2_ioctl_ops drv_ioctl_ops = {\n\t.vidioc_reqbufs = drv_reqbufs,\n\t.vidioc_dqbuf = drv_dqbuf,\n};\n`,
    good: `${HEAD}#include <media/v4l2-ioctl.h>\n\nstatic const struct v4l2_ioctl_ops drv_ioctl_ops = {\n\t.vidioc_reqbufs = vb2_ioctl_reqbufs,\n\t.vidioc_dqbuf = vb2_ioctl_dqbuf,\n};\n`,
  },
  'wireless-extensions': {
    bad: `${HEAD}#include <net/iw_handler.h>\n\nstatic const iw_handler drv_handlers[] = { NULL };\nstatic const struct iw_handler_def drv_handler_def = { .num_standard = 1 };\n`,
    good: `${HEAD}#include <net/cfg80211.h>\n\nstatic const struct cfg80211_ops drv_cfg80211_ops = { .scan = drv_scan };\n`,
  },
  'fbdev-driver': {
    bad: `${HEAD}#include <linux/fb.h>\n\nstatic int drv_probe(struct fb_info *info)\n{\n\treturn register_framebuffer(info);\n}\n`,
    good: `${HEAD}#include <drm/drm_drv.h>\n\nstatic int drv_probe(struct drm_device *drm)\n{\n\treturn drm_dev_register(drm, 0);\n}\n`,
  },
  'private-proc': {
    bad: `${HEAD}#include <linux/proc_fs.h>\n\nstatic int __init drv_init(void)\n{\n\tproc_create("drv_stats", 0444, NULL, &drv_proc_ops);\n\treturn 0;\n}\n`,
    good: `${HEAD}#include <linux/debugfs.h>\n\nstatic int __init drv_init(void)\n{\n\tdebugfs_create_file("stats", 0444, NULL, NULL, &drv_fops);\n\treturn 0;\n}\n`,
  },
  'create-proc-entry': {
    bad: `${HEAD}#include <linux/proc_fs.h>\n\nstatic int __init drv_init(void)\n{\n\tcreate_proc_entry("drv", 0444, NULL);\n\treturn 0;\n}\n`,
    good: `${HEAD}#include <linux/sysfs.h>\n\nstatic int __init drv_init(void)\n{\n\treturn 0;\n}\n`,
  },
  'legacy-gpio': {
    bad: `${HEAD}#include <linux/gpio.h>\n\nstatic int drv_probe(void)\n{\n\tgpio_request(17, "reset");\n\tgpio_set_value(17, 1);\n\treturn 0;\n}\n`,
    good: `${HEAD}#include <linux/gpio/consumer.h>\n\nstatic int drv_probe(struct device *dev)\n{\n\tstruct gpio_desc *reset = devm_gpiod_get(dev, "reset", GPIOD_OUT_HIGH);\n\treturn PTR_ERR_OR_ZERO(reset);\n}\n`,
  },
  'pci-dma-compat': {
    bad: `${HEAD}#include <linux/pci.h>\n\nstatic void *drv_ring(struct pci_dev *pdev, dma_addr_t *dma)\n{\n\treturn pci_alloc_consistent(pdev, 4096, dma);\n}\n`,
    good: `${HEAD}#include <linux/pci.h>\n\nstatic void *drv_ring(struct pci_dev *pdev, dma_addr_t *dma)\n{\n\treturn dma_alloc_coherent(&pdev->dev, 4096, dma, GFP_KERNEL);\n}\n`,
  },
};

describe('upstream/obsolete-framework', () => {
  it('has a test case for every table entry', () => {
    expect(Object.keys(CASES).sort()).toEqual(OBSOLETE_FRAMEWORKS.map((f) => f.id).sort());
  });

  for (const fw of OBSOLETE_FRAMEWORKS) {
    it(`${fw.id}: reported with its replacement and evidence; the replacement is not reported`, () => {
      const bad = runRule(rule, { ...MAKE, 'drv.c': CASES[fw.id].bad });
      expect(bad).toHaveLength(1);
      expect(bad[0].file).toBe('drv.c');
      expect(bad[0].message).toContain(`uses ${fw.name}`);
      expect(bad[0].message).toContain(fw.replacement);
      expect(bad[0].message).toContain(fw.evidence.file);
      expect(runRule(rule, { ...MAKE, 'drv.c': CASES[fw.id].good })).toEqual([]);
    });
  }

  it('v4l2-own-streaming: also with the handlers written as `&fn`', () => {
    const code = CASES['v4l2-own-streaming'].bad.replace('= drv_reqbufs', '= &drv_reqbufs').replace('= drv_dqbuf', '= &drv_dqbuf');
    expect(runRule(rule, { ...MAKE, 'drv.c': code })).toHaveLength(1);
  });

  it('does not count a function the module defines itself under the same name', () => {
    const own = `${HEAD}\nstatic int gpio_request(int pin)\n{\n\treturn pin;\n}\n`;
    expect(runRule(rule, { ...MAKE, 'drv.c': own })).toEqual([]);
  });

  it('does not count mentions in comments or strings', () => {
    const text = `${HEAD}/* was: videobuf_reqbufs(), register_framebuffer() */\nstatic const char *s = "gpio_request";\n`;
    expect(runRule(rule, { ...MAKE, 'drv.c': text })).toEqual([]);
  });
});

const KERNEL = linuxSource61() ?? '/work/linux-6.1';
const why = existsSync(KERNEL) ? '' : 'no Linux 6.1 source tree (LKM_LINUX_SRC, /work/linux-6.1 or the extraction of .ci/run)';
if (why) console.warn(`skipping the evidence check: ${why}`);

describe.skipIf(!!why)('obsolete-framework evidence is in the Linux 6.1 tree', () => {
  const flat = (s: string) => s.replace(/[\s*#]+/g, ' ').trim();
  for (const fw of OBSOLETE_FRAMEWORKS) {
    it(`${fw.id}: ${fw.evidence.file}`, () => {
      const text = flat(readFileSync(path.join(KERNEL, fw.evidence.file), 'utf8'));
      for (const part of fw.evidence.quote.split('...')) expect(text).toContain(flat(part));
      if (fw.evidence.absent) expect(text).not.toMatch(new RegExp(`\\b${fw.evidence.absent}\\b`));
      for (const h of fw.headers) {
        // Every header named is (or was, for removed interfaces) a kernel header.
        if (!fw.evidence.absent) expect(existsSync(path.join(KERNEL, 'include', h)), h).toBe(true);
      }
    });
  }
});
