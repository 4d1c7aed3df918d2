/* SPDX-License-Identifier: GPL-2.0 */
#ifndef HELLO_H
#define HELLO_H

#include <linux/types.h>

struct hello_buf {
	char *data;
	size_t len;
};

struct hello_buf *hello_buf_alloc(const char *greeting);
void hello_buf_free(struct hello_buf *buf);

#endif /* HELLO_H */
