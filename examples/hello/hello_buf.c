// SPDX-License-Identifier: GPL-2.0
/*
 * Greeting buffer of the hello example module.
 */
#include <linux/slab.h>
#include <linux/string.h>

#include "hello.h"

struct hello_buf *hello_buf_alloc(const char *greeting)
{
	struct hello_buf *buf;

	buf = kzalloc(sizeof(*buf), GFP_KERNEL);
	if (!buf)
		return NULL;
	buf->data = kasprintf(GFP_KERNEL, "%s\n", greeting);
	if (!buf->data) {
		kfree(buf);
		return NULL;
	}
	buf->len = strlen(buf->data);
	return buf;
}

void hello_buf_free(struct hello_buf *buf)
{
	if (!buf)
		return;
	kfree(buf->data);
	kfree(buf);
}
