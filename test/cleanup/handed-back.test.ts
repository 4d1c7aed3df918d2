import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/cleanup/error-path-leak.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

/** A probe that gets its net_device from a helper of its own, then registers it. */
const probe = (helper: string, onFailure: string) =>
  repo(`#include <linux/netdevice.h>
#include <linux/etherdevice.h>
#include <linux/platform_device.h>

${helper}

static int foo_probe(struct platform_device *pdev)
{
	struct net_device *dev;
	int err;

	dev = foo_alloc();
	if (!dev)
		return -ENOMEM;
	err = register_netdev(dev);
	if (err) {
${onFailure}
		return err;
	}
	platform_set_drvdata(pdev, dev);
	return 0;
}

static int foo_remove(struct platform_device *pdev)
{
	struct net_device *dev = platform_get_drvdata(pdev);

	unregister_netdev(dev);
	free_netdev(dev);
	return 0;
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.driver = { .name = "foo" },
};
module_platform_driver(foo_driver);
`);

const DIRECT = 'static struct net_device *foo_alloc(void)\n{\n\treturn alloc_etherdev(16);\n}';
const VIA_VARIABLE =
  'static struct net_device *foo_alloc(void)\n{\n\tstruct net_device *dev = alloc_hdlcdev(NULL);\n\n\tif (!dev)\n\t\treturn NULL;\n\tdev->mtu = 1500;\n\treturn dev;\n}';

/** Stores the device in a table of its own before handing it back (genwqe_dev_alloc), and frees it through a helper. */
const STORED = `static struct net_device *foo_devs[4];

static struct net_device *foo_alloc(void)
{
	struct net_device *dev = alloc_etherdev(16);

	if (!dev)
		return NULL;
	foo_devs[0] = dev;
	return dev;
}

static void foo_free(struct net_device *dev)
{
	if (!dev)
		return;
	foo_devs[0] = NULL;
	free_netdev(dev);
}`;

describe('cleanup/error-path-leak: a resource a helper hands back', () => {
  it('is still named by the variable the caller assigned it to (a helper frees it by that name)', () => {
    expect(runRule(rule, probe(STORED, '\t\tfoo_free(dev);'))).toEqual([]);
    // a second device of the same family, leaked on that path: the helper's release is not taken as its
    const two = probe(STORED, '\t\tfoo_free(dev);');
    two['main.c'] = two['main.c']
      .replace(
        '\terr = register_netdev(dev);',
        '\tdev2 = alloc_etherdev(8);\n\tif (!dev2) {\n\t\tfoo_free(dev);\n\t\treturn -ENOMEM;\n\t}\n\terr = register_netdev(dev);',
      )
      .replace('\tstruct net_device *dev;\n', '\tstruct net_device *dev, *dev2;\n');
    const findings = runRule(rule, two);
    expect(findings.map((f) => f.message)).toContainEqual(expect.stringContaining('leaks alloc_etherdev(8)'));
    expect(findings.map((f) => f.message)).not.toContainEqual(expect.stringContaining('leaks alloc_etherdev(16)'));
  });

  it('is the caller’s: an error return that does not free it leaks it', () => {
    for (const helper of [DIRECT, VIA_VARIABLE]) {
      const findings = runRule(rule, probe(helper, '\t\tdev_err(&pdev->dev, "no\\n");'));
      expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('call free_netdev() on this path')]);
    }
  });

  it('stays silent when the caller frees it on the error path', () => {
    for (const helper of [DIRECT, VIA_VARIABLE]) expect(runRule(rule, probe(helper, '\t\tfree_netdev(dev);'))).toEqual([]);
  });
});
