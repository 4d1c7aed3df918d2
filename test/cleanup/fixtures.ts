// Module sources used by several cleanup tests: correct code that must stay silent, and defects.

/** The canonical goto-unwind ladder (labels fall through in reverse order). */
export const LADDER = `
static struct class *cls;
static dev_t devt;
static struct cdev cdev;
static char *buf;

static int __init foo_init(void)
{
	int ret;

	ret = alloc_chrdev_region(&devt, 0, 1, "foo");
	if (ret < 0)
		return ret;
	buf = kzalloc(64, GFP_KERNEL);
	if (!buf) {
		ret = -ENOMEM;
		goto err_region;
	}
	cdev_init(&cdev, &fops);
	ret = cdev_add(&cdev, devt, 1);
	if (ret)
		goto err_buf;
	cls = class_create(THIS_MODULE, "foo");
	if (IS_ERR(cls)) {
		ret = PTR_ERR(cls);
		goto err_cdev;
	}
	return 0;

err_cdev:
	cdev_del(&cdev);
err_buf:
	kfree(buf);
err_region:
	unregister_chrdev_region(devt, 1);
	return ret;
}

static void __exit foo_exit(void)
{
	class_destroy(cls);
	cdev_del(&cdev);
	kfree(buf);
	unregister_chrdev_region(devt, 1);
}
module_init(foo_init);
module_exit(foo_exit);
`;

/** A probe that only uses managed resources, and a remove that releases nothing by hand. */
export const DEVM_PROBE = `
static int foo_probe(struct platform_device *pdev)
{
	struct foo *priv;
	int irq, ret;

	priv = devm_kzalloc(&pdev->dev, sizeof(*priv), GFP_KERNEL);
	if (!priv)
		return -ENOMEM;
	priv->base = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(priv->base))
		return PTR_ERR(priv->base);
	irq = platform_get_irq(pdev, 0);
	if (irq < 0)
		return irq;
	ret = devm_request_irq(&pdev->dev, irq, foo_irq, 0, "foo", priv);
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
