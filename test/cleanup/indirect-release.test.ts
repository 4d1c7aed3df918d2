// Releases a module's exit does not make itself but has made: by the driver remove that unregistering the driver
// runs, by framework callbacks the module installs, by the teardown functions it exports to its users.

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/cleanup/exit-missing-release.js';
import { runRule } from '../helpers/rule-tester.js';
import { initExit } from './repo.js';

const ALLOC = '\tbuf = kzalloc(64, GFP_KERNEL);\n\tif (!buf)\n\t\treturn -ENOMEM;';

describe('cleanup/exit-missing-release: releases made on the module’s behalf', () => {
  it('counts what the driver’s remove releases when exit unregisters the driver', () => {
    const decls = `static void foo_remove(struct pci_dev *pdev)
{
	kfree(buf);
}

static struct pci_driver foo_driver = {
	.name = "foo",
	.remove = foo_remove,
};`;
    const init = `${ALLOC}\n\tif (pci_register_driver(&foo_driver)) {\n\t\tkfree(buf);\n\t\treturn -ENODEV;\n\t}`;
    expect(runRule(rule, initExit(decls, init, '\tpci_unregister_driver(&foo_driver);'))).toEqual([]);
    const noRemove = decls.replace('\t.remove = foo_remove,\n', '');
    expect(runRule(rule, initExit(noRemove, init, '\tpci_unregister_driver(&foo_driver);')).map((f) => f.message)).toEqual([
      expect.stringContaining('kzalloc(64, GFP_KERNEL)'),
    ]);
  });

  it('counts what a callback the module installs for the framework releases', () => {
    const cb = 'static void foo_release(struct foo_dev *d)\n{\n\tkfree(buf);\n}\n';
    for (const install of ['\tfoo_dev.release = foo_release;', '\tfoo_dev->private_free = foo_release;']) {
      expect(runRule(rule, initExit(cb, `${ALLOC}\n${install}`, '\tfoo_dev_unregister(&foo_dev);'))).toEqual([]);
    }
    expect(runRule(rule, initExit(cb, ALLOC, '\tfoo_dev_unregister(&foo_dev);'))).toHaveLength(1);
  });

  it('counts what a teardown function the module exports releases', () => {
    const api = 'void foo_bus_unregister(void)\n{\n\tkfree(buf);\n}\n';
    expect(runRule(rule, initExit(`${api}EXPORT_SYMBOL(foo_bus_unregister);\n`, ALLOC, '\tfoo_misc_exit();'))).toEqual([]);
    expect(runRule(rule, initExit(api, ALLOC, '\tfoo_misc_exit();'))).toHaveLength(1);
  });
});
