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

describe('cleanup/error-path-leak: a resource a helper hands back', () => {
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
