import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/cleanup/release-order.js';
import { runRule } from '../helpers/rule-tester.js';
import { LADDER } from './fixtures.js';
import { repo } from './repo.js';

const DEVICE = `static struct class *cls;
static dev_t devt;
static struct device *dev;

static int __init foo_init(void)
{
	cls = class_create(THIS_MODULE, "foo");
	if (IS_ERR(cls))
		return PTR_ERR(cls);
	dev = device_create(cls, NULL, devt, NULL, "foo");
	if (IS_ERR(dev)) {
		class_destroy(cls);
		return PTR_ERR(dev);
	}
	return 0;
}

static void __exit foo_exit(void)
{
EXIT}
module_init(foo_init);
module_exit(foo_exit);
`;

describe('cleanup/release-order', () => {
  it('reports class_destroy before device_destroy', () => {
    const findings = runRule(rule, repo(DEVICE.replace('EXIT', '\tclass_destroy(cls);\n\tdevice_destroy(cls, devt);\n')));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('class_destroy() runs before device_destroy()');
  });

  it('reports unregister_chrdev_region before cdev_del', () => {
    const bad = LADDER.replace(
      '\tcdev_del(&cdev);\n\tkfree(buf);\n\tunregister_chrdev_region(devt, 1);\n}',
      '\tunregister_chrdev_region(devt, 1);\n\tcdev_del(&cdev);\n\tkfree(buf);\n}',
    );
    expect(runRule(rule, repo(bad)).map((f) => f.message)).toEqual([expect.stringContaining('unregister_chrdev_region()')]);
  });

  it('stays silent on the reverse order, and on independent frees in any order', () => {
    expect(runRule(rule, repo(DEVICE.replace('EXIT', '\tdevice_destroy(cls, devt);\n\tclass_destroy(cls);\n')))).toEqual([]);
    expect(runRule(rule, repo(LADDER))).toEqual([]);
  });
});

describe('release order of a netdev the probe stops before returning', () => {
  const PROBE = (remove: string) => `static int foo_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct net_device *netdev;
	int err;

	netdev = alloc_etherdev(64);
	if (!netdev)
		return -ENOMEM;
	err = register_netdev(netdev);
	if (err)
		goto err_free;
	netif_stop_queue(netdev);
	pci_set_drvdata(pdev, netdev);
	return 0;
err_free:
	free_netdev(netdev);
	return err;
}

static void foo_remove(struct pci_dev *pdev)
{
	struct net_device *netdev = pci_get_drvdata(pdev);

${remove}
}

static struct pci_driver foo_driver = {
	.name = "foo",
	.probe = foo_probe,
	.remove = foo_remove,
};
module_pci_driver(foo_driver);
`;

  it('reports free_netdev before unregister_netdev although netif_stop_queue looks like a teardown', () => {
    const findings = runRule(rule, repo(PROBE('\tfree_netdev(netdev);\n\tunregister_netdev(netdev);')));
    expect(findings.map((f) => f.message.slice(0, 45))).toEqual(['free_netdev() runs before unregister_netdev()']);
  });

  it('stays silent on the right order', () => {
    expect(runRule(rule, repo(PROBE('\tunregister_netdev(netdev);\n\tfree_netdev(netdev);')))).toEqual([]);
  });
});
