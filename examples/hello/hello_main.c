// SPDX-License-Identifier: GPL-2.0
/*
 * hello: a misc device, /dev/hello, that returns a greeting.
 *
 * A small, complete example of an out-of-tree module: every resource acquired in init is
 * released on each error path and in exit, in reverse order.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/fs.h>
#include <linux/init.h>
#include <linux/miscdevice.h>
#include <linux/module.h>

#include "hello.h"

static char *greeting = "Hello, world!";
module_param(greeting, charp, 0444);
MODULE_PARM_DESC(greeting, "Text that reads from /dev/hello return");

static struct hello_buf *hello_text;

static ssize_t hello_read(struct file *file, char __user *ubuf, size_t count, loff_t *ppos)
{
	return simple_read_from_buffer(ubuf, count, ppos, hello_text->data, hello_text->len);
}

static const struct file_operations hello_fops = {
	.owner = THIS_MODULE,
	.read = hello_read,
	.llseek = default_llseek,
};

static struct miscdevice hello_dev = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "hello",
	.fops = &hello_fops,
	.mode = 0444,
};

static int __init hello_init(void)
{
	int ret;

	hello_text = hello_buf_alloc(greeting);
	if (!hello_text)
		return -ENOMEM;

	ret = misc_register(&hello_dev);
	if (ret) {
		pr_err("cannot register /dev/hello: %d\n", ret);
		goto err_free;
	}
	pr_info("loaded\n");
	return 0;

err_free:
	hello_buf_free(hello_text);
	return ret;
}

static void __exit hello_exit(void)
{
	misc_deregister(&hello_dev);
	hello_buf_free(hello_text);
	pr_info("unloaded\n");
}

module_init(hello_init);
module_exit(hello_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("lkm-audit developers <lkm-audit@example.org>");
MODULE_DESCRIPTION("Example misc device returning a greeting");
MODULE_VERSION("1.0.0");
