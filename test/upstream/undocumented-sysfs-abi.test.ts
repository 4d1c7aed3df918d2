import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/upstream/undocumented-sysfs-abi.js';
import { runRule } from '../helpers/rule-tester.js';

const MAKE = { Makefile: 'obj-m := drv.o\n' };
const DRV = `// SPDX-License-Identifier: GPL-2.0
#include <linux/device.h>
#include <linux/iio/sysfs.h>

static DEVICE_ATTR_RW(gain);
static IIO_DEVICE_ATTR(fexcit, 0644, drv_show, drv_store, 0);
static struct device_attribute dev_attr_mode = __ATTR(mode, 0644, mode_show, mode_store);
`;

describe('upstream/undocumented-sysfs-abi', () => {
  it('reports each driver-defined attribute no ABI file of the repository documents', () => {
    const found = runRule(rule, { ...MAKE, 'drv.c': DRV });
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [5, 'sysfs attribute "gain" (DEVICE_ATTR_RW) is not documented in an ABI file of the repository'],
      [6, 'sysfs attribute "fexcit" (IIO_DEVICE_ATTR) is not documented in an ABI file of the repository'],
      [7, 'sysfs attribute "mode" (__ATTR) is not documented in an ABI file of the repository'],
    ]);
  });

  it("is silent for attributes documented in Documentation/ABI-style files, and for the macros' own definitions", () => {
    const abi = 'What:\t\t/sys/.../gain\nWhat:\t\t/sys/.../fexcit\nWhat:\t\t/sys/.../mode\nDescription: ...\n';
    expect(runRule(rule, { ...MAKE, 'drv.c': DRV, 'Documentation/ABI/testing/sysfs-driver-drv': abi })).toEqual([]);
    expect(runRule(rule, { ...MAKE, 'drv.c': DRV, 'sysfs-bus-iio-drv': abi })).toEqual([]);
    const defines =
      '#include <linux/device.h>\n#define DEVICE_ATTR_RW(_name) struct device_attribute dev_attr_##_name = __ATTR_RW(_name)\n';
    expect(runRule(rule, { ...MAKE, 'drv.c': defines })).toEqual([]);
  });
});
