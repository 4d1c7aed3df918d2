// Patterns from a hand-checked sample of findings on Linux 6.1's drivers that were false alarms,
// written anew as small modules: each must stay silent, and the real leak beside it must not.

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/cleanup/error-path-leak.js';
import exitRule from '../../src/rules/cleanup/exit-missing-release.js';
import { runRule } from '../helpers/rule-tester.js';
import { repo } from './repo.js';

const probe = (body: string, extra = '') =>
  repo(`${extra}
struct foo_priv { int id; void *buf; dma_addr_t phys; };
static DEFINE_IDA(foo_ida);

static int foo_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct foo_priv *priv;
	int ret, id;

	priv = devm_kzalloc(dev, sizeof(*priv), GFP_KERNEL);
	if (!priv)
		return -ENOMEM;
${body}
	return 0;
}

static struct platform_driver foo_driver = { .probe = foo_probe, .driver = { .name = "foo" } };
module_platform_driver(foo_driver);
`);

describe('cleanup/error-path-leak on patterns of reviewed driver code', () => {
  it('a devm action on the private struct releases what hangs off it', () => {
    const findings = runRule(
      rule,
      probe(
        `	id = ida_alloc(&foo_ida, GFP_KERNEL);
	if (id < 0)
		return id;
	priv->id = id;
	ret = devm_add_action_or_reset(dev, foo_free_id, priv);
	if (ret)
		return ret;
	priv->buf = dma_alloc_coherent(dev, PAGE_SIZE, &priv->phys, GFP_KERNEL);
	if (!priv->buf)
		return -ENOMEM;
	ret = devm_add_action_or_reset(dev, foo_free_buf, priv);
	if (ret)
		return ret;
	ret = foo_hw_init(priv);
	if (ret)
		return ret;`,
      ),
    );
    expect(findings).toEqual([]);
  });

  it('still reports an id that nothing frees', () => {
    const findings = runRule(
      rule,
      probe(
        `	id = ida_alloc(&foo_ida, GFP_KERNEL);
	if (id < 0)
		return id;
	priv->id = id;
	ret = foo_hw_init(priv);
	if (ret)
		return ret;`,
      ),
    );
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('ida_alloc(&foo_ida, GFP_KERNEL)')]);
  });

  it('the same IS_ENABLED() test takes the same branch each time', () => {
    const findings = runRule(
      rule,
      repo(`static struct spi_driver foo_spi;
static struct sdio_driver foo_sdio;

static int __init foo_init(void)
{
	int ret = 0;

	if (IS_ENABLED(CONFIG_SPI)) {
		ret = spi_register_driver(&foo_spi);
		if (ret)
			goto out;
	}
	if (IS_ENABLED(CONFIG_MMC)) {
		ret = sdio_register_driver(&foo_sdio);
		if (ret)
			goto unregister_spi;
	}
	return 0;

unregister_spi:
	if (IS_ENABLED(CONFIG_SPI))
		spi_unregister_driver(&foo_spi);
out:
	return ret;
}

static void __exit foo_exit(void)
{
	if (IS_ENABLED(CONFIG_MMC))
		sdio_unregister_driver(&foo_sdio);
	if (IS_ENABLED(CONFIG_SPI))
		spi_unregister_driver(&foo_spi);
}
module_init(foo_init);
module_exit(foo_exit);
`),
    );
    expect(findings).toEqual([]);
  });

  it('a registration tested inside a condition is not held on the path where it failed', () => {
    const findings = runRule(
      rule,
      repo(`static struct miscdevice foo_misc;
static bool foo_supported(void);

static int __init foo_init(void)
{
	if (foo_supported() && !misc_register(&foo_misc))
		return 0;
	return -ENODEV;
}

static void __exit foo_exit(void)
{
	misc_deregister(&foo_misc);
}
module_init(foo_init);
module_exit(foo_exit);
`),
    );
    expect(findings).toEqual([]);
  });

  it('an unwind label that unregisters and then clears the pointer releases it', () => {
    const findings = runRule(
      rule,
      repo(`static int foo_probe(struct i2c_client *client)
{
	struct input_dev *idev;
	int err;

	idev = input_allocate_device();
	if (!idev)
		return -ENOMEM;
	err = input_register_device(idev);
	if (err)
		goto fail1;
	err = request_threaded_irq(client->irq, NULL, foo_irq, IRQF_ONESHOT, "foo", idev);
	if (err)
		goto fail2;
	return 0;

fail2:
	input_unregister_device(idev);
	idev = NULL;
fail1:
	input_free_device(idev);
	return err;
}

static void foo_remove(struct i2c_client *client)
{
}

static struct i2c_driver foo_driver = { .probe_new = foo_probe, .remove = foo_remove, .driver = { .name = "foo" } };
module_i2c_driver(foo_driver);
`),
    );
    expect(findings).toEqual([]);
  });

  it('a handle an acquiring call dereferenced is not NULL in a later guard', () => {
    const findings = runRule(
      rule,
      repo(`static int foo_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	int ret;

	ret = pci_request_regions(pdev, "foo");
	if (ret < 0)
		return ret;
	ret = foo_hw_init(pdev);
	if (ret)
		goto err;
	return 0;
err:
	if (pdev)
		pci_release_regions(pdev);
	return ret;
}

static void foo_remove(struct pci_dev *pdev)
{
	pci_release_regions(pdev);
}

static struct pci_driver foo_driver = { .probe = foo_probe, .remove = foo_remove, .name = "foo" };
module_pci_driver(foo_driver);
`),
    );
    expect(findings).toEqual([]);
  });

  it('a release through the address a local pointer was set to matches the pointer (vb2_video_unregister_device)', () => {
    const findings = runRule(
      exitRule,
      repo(`struct foo { struct video_device vdev; };

static int foo_setup_video(struct foo *foo)
{
	struct video_device *vdev = &foo->vdev;
	int rc;

	vdev->vfl_type = VFL_TYPE_VIDEO;
	rc = video_register_device(vdev, VFL_TYPE_VIDEO, 0);
	if (rc)
		return rc;
	return 0;
}

static int foo_probe(struct platform_device *pdev)
{
	struct foo *foo = devm_kzalloc(&pdev->dev, sizeof(*foo), GFP_KERNEL);
	int rc;

	if (!foo)
		return -ENOMEM;
	rc = foo_setup_video(foo);
	if (rc)
		return rc;
	if (rc)
		return rc;
	platform_set_drvdata(pdev, foo);
	return 0;
}

static int foo_remove(struct platform_device *pdev)
{
	struct foo *foo = platform_get_drvdata(pdev);

	vb2_video_unregister_device(&foo->vdev);
	return 0;
}

static struct platform_driver foo_driver = { .probe = foo_probe, .remove = foo_remove, .driver = { .name = "foo" } };
module_platform_driver(foo_driver);
`),
    );
    expect(findings).toEqual([]);
  });

  it('input_unregister_device on the allocated pointer also ends a registration made through another name', () => {
    const findings = runRule(
      rule,
      repo(`struct foo { struct input_dev *input; };

static int foo_probe(struct platform_device *pdev)
{
	struct input_dev *input_dev;
	struct foo *foo;
	int err;

	foo = kzalloc(sizeof(*foo), GFP_KERNEL);
	if (!foo)
		return -ENOMEM;
	input_dev = input_allocate_device();
	if (!input_dev) {
		err = -ENOMEM;
		goto fail;
	}
	foo->input = input_dev;
	err = input_register_device(foo->input);
	if (err)
		goto fail_allocate;
	err = request_irq(42, foo_irq, 0, "foo", foo);
	if (err)
		goto fail_register;
	platform_set_drvdata(pdev, foo);
	return 0;

fail_register:
	input_unregister_device(input_dev);
	goto fail;
fail_allocate:
	input_free_device(input_dev);
fail:
	kfree(foo);
	return err;
}

static int foo_remove(struct platform_device *pdev)
{
	struct foo *foo = platform_get_drvdata(pdev);

	free_irq(42, foo);
	input_unregister_device(foo->input);
	kfree(foo);
	return 0;
}

static struct platform_driver foo_driver = { .probe = foo_probe, .remove = foo_remove, .driver = { .name = "foo" } };
module_platform_driver(foo_driver);
`),
    );
    expect(findings).toEqual([]);
  });
});
