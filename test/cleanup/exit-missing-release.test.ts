import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/cleanup/exit-missing-release.js';
import { runRule } from '../helpers/rule-tester.js';
import { DEVM_PROBE, LADDER } from './fixtures.js';
import { initExit, repo } from './repo.js';

describe('cleanup/exit-missing-release', () => {
  it('reports what init acquires and exit never releases, at the acquiring line', () => {
    const findings = runRule(rule, repo(LADDER.replace('\tclass_destroy(cls);\n', '')));
    expect(findings).toHaveLength(1);
    expect(findings[0].line).toBe(26);
    expect(findings[0].message).toContain('class_create(THIS_MODULE, "foo") at line 26');
    expect(findings[0].message).toContain('class_destroy');
  });

  it('reports a probe resource that remove never releases', () => {
    const src = DEVM_PROBE.replace(
      'platform_set_drvdata(pdev, priv);',
      'priv->buf = kmalloc(16, GFP_KERNEL);\n\tif (!priv->buf)\n\t\treturn -ENOMEM;\n\tplatform_set_drvdata(pdev, priv);',
    );
    const findings = runRule(rule, repo(src));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('kmalloc(16, GFP_KERNEL)')]);
  });

  it('takes pcmcia_disable_device() as releasing the windows the device requested (pcmcia_resource.c)', () => {
    // ray_cs, smc91c92_cs, pcmciamtd: detach calls their release function, which disables the device
    const driver = (release: string) =>
      repo(`static void foo_release(struct pcmcia_device *link)
{
	${release}
}

static int foo_probe(struct pcmcia_device *link)
{
	int ret;

	link->resource[2]->flags |= WIN_DATA_WIDTH_8 | WIN_MEMORY_TYPE_CM | WIN_ENABLE;
	ret = pcmcia_request_window(link, link->resource[2], 0);
	if (ret)
		return ret;
	return 0;
}

static void foo_detach(struct pcmcia_device *link)
{
	foo_release(link);
}

static const struct pcmcia_device_id foo_ids[] = { PCMCIA_DEVICE_MANF_CARD(0x0101, 0x0562), PCMCIA_DEVICE_NULL };
MODULE_DEVICE_TABLE(pcmcia, foo_ids);
static struct pcmcia_driver foo_driver = { .name = "foo", .probe = foo_probe, .remove = foo_detach, .id_table = foo_ids };
module_pcmcia_driver(foo_driver);
`);
    expect(runRule(rule, driver('pcmcia_disable_device(link);'))).toEqual([]);
    expect(runRule(rule, driver('dev_dbg(&link->dev, "release\\n");')).map((f) => f.message)).toEqual([
      expect.stringContaining('pcmcia_request_window(link, link->resource[2], 0)'),
    ]);
  });

  it("takes a device's deletion as removing its attribute files (device_del, atm_dev_deregister: solos-pci)", () => {
    const module = (exit: string) =>
      initExit(
        'static struct atm_dev *adev;\nstatic DEVICE_ATTR_RO(console);',
        '\tint ret;\n\n\tret = device_create_file(&adev->class_dev, &dev_attr_console);\n\tif (ret)\n\t\treturn ret;',
        `\t${exit}`,
      );
    expect(runRule(rule, module('atm_dev_deregister(adev);'))).toEqual([]);
    // through a local, as atm_unregister_sysfs() does: the release is known by its name, not only by the handle
    expect(runRule(rule, module('struct device *cdev = &adev->class_dev;\n\n\tdevice_del(cdev);'))).toEqual([]);
    expect(runRule(rule, module('pr_info("bye\\n");')).map((f) => f.message)).toEqual([expect.stringContaining('device_create_file(')]);
  });

  it('stays silent on the goto ladder, devm-only probes and helper-macro drivers', () => {
    expect(runRule(rule, repo(LADDER))).toEqual([]);
    expect(runRule(rule, repo(DEVM_PROBE))).toEqual([]);
  });

  it('follows init and exit in different files of one module', () => {
    const files = repo(
      'extern int foo_setup(void);\nextern void foo_teardown(void);\nmodule_init(foo_setup);\nmodule_exit(foo_teardown);\n',
      {
        Makefile: 'obj-m := m.o\nm-y := main.o setup.o\n',
        'setup.c': `#include <linux/module.h>
static struct class *cls;

int __init foo_setup(void)
{
	cls = class_create(THIS_MODULE, "foo");
	return PTR_ERR_OR_ZERO(cls);
}

void __exit foo_teardown(void)
{
	class_destroy(cls);
}
`,
      },
    );
    expect(runRule(rule, files)).toEqual([]);
  });

  it('does not ask to unregister an input device allocated out of sight (devres may own it)', () => {
    // The device comes from another module's helper (often devm_input_allocate_device).
    const probe = (alloc: string) => `
extern int lib_init_input(struct foo *priv, struct platform_device *pdev);

static int foo_register_input(struct foo *priv)
{
	priv->input->name = "foo";
	return input_register_device(priv->input);
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo *priv;
	int ret;

	priv = devm_kzalloc(&pdev->dev, sizeof(*priv), GFP_KERNEL);
	if (!priv)
		return -ENOMEM;
${alloc}
	ret = foo_register_input(priv);
	if (ret)
		return ret;
	platform_set_drvdata(pdev, priv);
	return 0;
}

static int foo_remove(struct platform_device *pdev)
{
	return 0;
}

static struct platform_driver foo_driver = {
	.probe = foo_probe,
	.remove = foo_remove,
	.driver = { .name = "foo" },
};
module_platform_driver(foo_driver);
`;
    const fromLibrary = '\tret = lib_init_input(priv, pdev);\n\tif (ret)\n\t\treturn ret;';
    expect(runRule(rule, repo(probe(fromLibrary)))).toEqual([]);
    // allocated here without devres: still reported, as the allocation
    const byHand = '\tpriv->input = input_allocate_device();\n\tif (!priv->input)\n\t\treturn -ENOMEM;';
    expect(runRule(rule, repo(probe(byHand))).map((f) => f.message)).toEqual([expect.stringContaining('input_allocate_device()')]);
  });
});
