// One in-memory C module per database entry: `old` uses the API the way it was before the change, `new` the way
// after it. They are the fixtures of the detection tests and the probes compiled against real kernel headers.

export interface Snippet {
  includes: string[];
  old?: string;
  new?: string;
}

const FOPS = (field: string, fn: string) =>
  `static const struct file_operations probe_fops = {\n\t.owner = THIS_MODULE,\n\t.${field} = ${fn},\n};\n`;

export const SNIPPETS: Record<string, Snippet> = {
  'fops-ioctl': {
    includes: ['linux/fs.h'],
    old: `static int probe_ioctl(struct inode *i, struct file *f, unsigned int c, unsigned long a)\n{\n\treturn 0;\n}\n${FOPS('ioctl', 'probe_ioctl')}`,
    new: `static long probe_ioctl(struct file *f, unsigned int c, unsigned long a)\n{\n\treturn 0;\n}\n${FOPS('unlocked_ioctl', 'probe_ioctl')}`,
  },
  'kernel-read-offset': {
    includes: ['linux/fs.h'],
    old: 'int probe_read(struct file *f, char *buf)\n{\n\treturn kernel_read(f, 0, buf, PAGE_SIZE);\n}\n',
    new: 'ssize_t probe_read(struct file *f, char *buf)\n{\n\tloff_t pos = 0;\n\n\treturn kernel_read(f, buf, PAGE_SIZE, &pos);\n}\n',
  },
  'kernel-write-pos-value': {
    includes: ['linux/fs.h'],
    old: 'ssize_t probe_write(struct file *f, const char *buf, loff_t pos)\n{\n\treturn kernel_write(f, buf, 16, f->f_pos);\n}\n',
    new: 'ssize_t probe_write(struct file *f, const char *buf, loff_t pos)\n{\n\treturn kernel_write(f, buf, 16, &pos);\n}\n',
  },
  'vfs-read-write-unexported': {
    includes: ['linux/fs.h'],
    old: 'ssize_t probe_read(struct file *f, char __user *buf, loff_t *pos)\n{\n\treturn vfs_read(f, buf, 16, pos);\n}\n',
    new: 'ssize_t probe_read(struct file *f, char *buf, loff_t *pos)\n{\n\treturn kernel_read(f, buf, 16, pos);\n}\n',
  },
  'setup-timer': {
    includes: ['linux/timer.h'],
    old: 'static struct timer_list probe_timer;\nstatic void probe_fn(unsigned long data)\n{\n}\nvoid probe_start(void)\n{\n\tsetup_timer(&probe_timer, probe_fn, 0);\n}\n',
    new: 'static struct timer_list probe_timer;\nstatic void probe_fn(struct timer_list *t)\n{\n}\nvoid probe_start(void)\n{\n\ttimer_setup(&probe_timer, probe_fn, 0);\n}\n',
  },
  'access-once': {
    includes: ['linux/compiler.h'],
    old: 'int probe_load(int *p)\n{\n\treturn ACCESS_ONCE(*p);\n}\n',
    new: 'int probe_load(int *p)\n{\n\treturn READ_ONCE(*p);\n}\n',
  },
  'access-ok-type': {
    includes: ['linux/uaccess.h'],
    old: 'int probe_check(const void __user *p)\n{\n\treturn access_ok(VERIFY_READ, p, 4);\n}\n',
    new: 'int probe_check(const void __user *p)\n{\n\treturn access_ok(p, 4);\n}\n',
  },
  'force-sig-task': {
    includes: ['linux/sched/signal.h'],
    old: 'void probe_kill(void)\n{\n\tforce_sig(SIGKILL, current);\n}\n',
    new: 'void probe_kill(void)\n{\n\tforce_sig(SIGKILL);\n}\n',
  },
  subdirs: { includes: [] },
  'proc-create-fops': {
    includes: ['linux/proc_fs.h', 'linux/fs.h'],
    old: `${FOPS('llseek', 'noop_llseek')}void probe_proc(void)\n{\n\tproc_create("probe", 0444, NULL, &probe_fops);\n}\n`,
    new: 'static const struct proc_ops probe_pops = {\n\t.proc_lseek = noop_llseek,\n};\nvoid probe_proc(void)\n{\n\tproc_create("probe", 0444, NULL, &probe_pops);\n}\n',
  },
  'ioremap-nocache': {
    includes: ['linux/io.h'],
    old: 'void __iomem *probe_map(phys_addr_t a)\n{\n\treturn ioremap_nocache(a, 4096);\n}\n',
    new: 'void __iomem *probe_map(phys_addr_t a)\n{\n\treturn ioremap(a, 4096);\n}\n',
  },
  'ndo-tx-timeout-txqueue': {
    includes: ['linux/netdevice.h'],
    old: 'static void probe_timeout(struct net_device *dev)\n{\n}\nstatic const struct net_device_ops probe_ops = {\n\t.ndo_tx_timeout = probe_timeout,\n};\n',
    new: 'static void probe_timeout(struct net_device *dev, unsigned int txqueue)\n{\n}\nstatic const struct net_device_ops probe_ops = {\n\t.ndo_tx_timeout = probe_timeout,\n};\n',
  },
  'kallsyms-lookup-name': {
    includes: ['linux/kallsyms.h'],
    old: 'unsigned long probe_lookup(void)\n{\n\treturn kallsyms_lookup_name("sys_call_table");\n}\n',
  },
  'mmap-sem': {
    includes: ['linux/mm.h', 'linux/sched.h'],
    old: 'void probe_lock(struct mm_struct *mm)\n{\n\tdown_read(&mm->mmap_sem);\n\tup_read(&mm->mmap_sem);\n}\n',
    new: 'void probe_lock(struct mm_struct *mm)\n{\n\tmmap_read_lock(mm);\n\tmmap_read_unlock(mm);\n}\n',
  },
  'vmalloc-prot': {
    includes: ['linux/vmalloc.h'],
    old: 'void *probe_alloc(void)\n{\n\treturn __vmalloc(4096, GFP_KERNEL, PAGE_KERNEL);\n}\n',
    new: 'void *probe_alloc(void)\n{\n\treturn __vmalloc(4096, GFP_KERNEL);\n}\n',
  },
  'probe-kernel-read': {
    includes: ['linux/uaccess.h'],
    old: 'long probe_peek(void *dst, const void *src)\n{\n\treturn probe_kernel_read(dst, src, 8);\n}\n',
    new: 'long probe_peek(void *dst, const void *src)\n{\n\treturn copy_from_kernel_nofault(dst, src, 8);\n}\n',
  },
  'kernel-setsockopt': {
    includes: ['linux/net.h'],
    old: 'int probe_opt(struct socket *s)\n{\n\tint one = 1;\n\n\treturn kernel_setsockopt(s, SOL_SOCKET, SO_REUSEADDR, (char *)&one, sizeof(one));\n}\n',
  },
  'sched-setscheduler': {
    includes: ['linux/sched.h', 'uapi/linux/sched/types.h'],
    old: 'int probe_rt(struct task_struct *t)\n{\n\tstruct sched_param sp = { .sched_priority = 1 };\n\n\treturn sched_setscheduler(t, SCHED_FIFO, &sp);\n}\n',
    new: 'void probe_rt(struct task_struct *t)\n{\n\tsched_set_fifo(t);\n}\n',
  },
  'pde-data': {
    includes: ['linux/proc_fs.h'],
    old: 'void *probe_data(const struct inode *inode)\n{\n\treturn PDE_DATA(inode);\n}\n',
    new: 'void *probe_data(const struct inode *inode)\n{\n\treturn pde_data(inode);\n}\n',
  },
  'dev-addr-const': {
    includes: ['linux/netdevice.h', 'linux/etherdevice.h'],
    old: 'void probe_mac(struct net_device *dev, const u8 *mac)\n{\n\tmemcpy(dev->dev_addr, mac, ETH_ALEN);\n}\n',
    new: 'void probe_mac(struct net_device *dev, const u8 *mac)\n{\n\teth_hw_addr_set(dev, mac);\n}\n',
  },
  'set-fs': {
    includes: ['linux/uaccess.h'],
    old: 'void probe_fs(void)\n{\n\tmm_segment_t old = get_fs();\n\n\tset_fs(KERNEL_DS);\n\tset_fs(old);\n}\n',
  },
  'pci-dma-compat': {
    includes: ['linux/pci.h'],
    old: 'int probe_dma(struct pci_dev *pdev)\n{\n\treturn pci_set_dma_mask(pdev, DMA_BIT_MASK(32));\n}\n',
    new: 'int probe_dma(struct pci_dev *pdev)\n{\n\treturn dma_set_mask_and_coherent(&pdev->dev, DMA_BIT_MASK(32));\n}\n',
  },
  'genhd-header': {
    includes: [],
    old: '#include <linux/genhd.h>\n',
    new: '#include <linux/blkdev.h>\n',
  },
  'netif-rx-ni': {
    includes: ['linux/netdevice.h'],
    old: 'int probe_rx(struct sk_buff *skb)\n{\n\treturn netif_rx_ni(skb);\n}\n',
    new: 'int probe_rx(struct sk_buff *skb)\n{\n\treturn netif_rx(skb);\n}\n',
  },
  'kobj-default-attrs': {
    includes: ['linux/kobject.h', 'linux/sysfs.h'],
    old: 'static struct attribute *probe_attrs[] = { NULL };\nstatic struct kobj_type probe_ktype = {\n\t.default_attrs = probe_attrs,\n};\n',
    new: 'static struct attribute *probe_attrs[] = { NULL };\nATTRIBUTE_GROUPS(probe);\nstatic struct kobj_type probe_ktype = {\n\t.default_groups = probe_groups,\n};\n',
  },
  'prandom-u32': {
    includes: ['linux/random.h', 'linux/prandom.h'],
    old: 'u32 probe_rand(void)\n{\n\treturn prandom_u32();\n}\n',
    new: 'u32 probe_rand(void)\n{\n\treturn get_random_u32();\n}\n',
  },
  'netif-napi-add-weight': {
    includes: ['linux/netdevice.h'],
    old: 'static int probe_poll(struct napi_struct *n, int budget)\n{\n\treturn 0;\n}\nvoid probe_napi(struct net_device *dev, struct napi_struct *n)\n{\n\tnetif_napi_add(dev, n, probe_poll, 64);\n}\n',
    new: 'static int probe_poll(struct napi_struct *n, int budget)\n{\n\treturn 0;\n}\nvoid probe_napi(struct net_device *dev, struct napi_struct *n)\n{\n\tnetif_napi_add_weight(dev, n, probe_poll, 64);\n}\n',
  },
  'timer-delete': {
    includes: ['linux/timer.h'],
    new: 'void probe_stop(struct timer_list *t)\n{\n\ttimer_delete_sync(t);\n\ttimer_shutdown_sync(t);\n}\n',
  },
  'class-devnode-const': {
    includes: ['linux/device.h', 'linux/device/class.h'],
    old: 'static char *probe_devnode(struct device *dev, umode_t *mode)\n{\n\treturn NULL;\n}\nstatic struct class probe_class = {\n\t.name = "probe",\n\t.devnode = probe_devnode,\n};\n',
    new: 'static char *probe_devnode(const struct device *dev, umode_t *mode)\n{\n\treturn NULL;\n}\nstatic struct class probe_class = {\n\t.name = "probe",\n\t.devnode = probe_devnode,\n};\n',
  },
  'bus-uevent-const': {
    includes: ['linux/device.h'],
    old: 'static int probe_uevent(struct device *dev, struct kobj_uevent_env *env)\n{\n\treturn 0;\n}\nstatic struct bus_type probe_bus = {\n\t.name = "probe",\n\t.uevent = probe_uevent,\n};\n',
    new: 'static int probe_uevent(const struct device *dev, struct kobj_uevent_env *env)\n{\n\treturn 0;\n}\nstatic struct bus_type probe_bus = {\n\t.name = "probe",\n\t.uevent = probe_uevent,\n};\n',
  },
  'vm-flags-const': {
    includes: ['linux/mm.h'],
    old: 'void probe_vma(struct vm_area_struct *vma)\n{\n\tvma->vm_flags |= VM_IO;\n}\n',
    new: 'void probe_vma(struct vm_area_struct *vma)\n{\n\tvm_flags_set(vma, VM_IO);\n}\n',
  },
  'inode-ops-idmap': {
    includes: ['linux/fs.h'],
    old: 'static int probe_setattr(struct user_namespace *ns, struct dentry *d, struct iattr *a)\n{\n\treturn 0;\n}\nstatic const struct inode_operations probe_iops = {\n\t.setattr = probe_setattr,\n};\n',
    new: 'static int probe_setattr(struct mnt_idmap *idmap, struct dentry *d, struct iattr *a)\n{\n\treturn 0;\n}\nstatic const struct inode_operations probe_iops = {\n\t.setattr = probe_setattr,\n};\n',
  },
  'i2c-probe-id': {
    includes: ['linux/i2c.h'],
    old: 'static int probe_probe(struct i2c_client *c, const struct i2c_device_id *id)\n{\n\treturn 0;\n}\nstatic struct i2c_driver probe_driver = {\n\t.driver = { .name = "probe" },\n\t.probe = probe_probe,\n};\n',
    new: 'static int probe_probe(struct i2c_client *c)\n{\n\treturn 0;\n}\nstatic struct i2c_driver probe_driver = {\n\t.driver = { .name = "probe" },\n\t.probe = probe_probe,\n};\n',
  },
  'i2c-probe-new': {
    includes: ['linux/i2c.h'],
    old: 'static int probe_probe(struct i2c_client *c)\n{\n\treturn 0;\n}\nstatic struct i2c_driver probe_driver = {\n\t.driver = { .name = "probe" },\n\t.probe_new = probe_probe,\n};\n',
  },
  'class-create-owner': {
    includes: ['linux/device.h'],
    old: 'struct class *probe_class(void)\n{\n\treturn class_create(THIS_MODULE, "probe");\n}\n',
    new: 'struct class *probe_class(void)\n{\n\treturn class_create("probe");\n}\n',
  },
  'define-semaphore-count': {
    includes: ['linux/semaphore.h'],
    old: 'static DEFINE_SEMAPHORE(probe_sem);\nvoid probe_down(void)\n{\n\tdown(&probe_sem);\n}\n',
    new: 'static DEFINE_SEMAPHORE(probe_sem, 1);\nvoid probe_down(void)\n{\n\tdown(&probe_sem);\n}\n',
  },
  'register-sysctl-paths': {
    includes: ['linux/sysctl.h'],
    old: 'static struct ctl_path probe_path[] = { { .procname = "dev" }, { } };\nstatic struct ctl_table probe_table[] = { { } };\nvoid *probe_reg(void)\n{\n\treturn register_sysctl_paths(probe_path, probe_table);\n}\n',
    new: 'static struct ctl_table probe_table[] = { { .procname = "probe", .mode = 0444 } };\nvoid *probe_reg(void)\n{\n\treturn register_sysctl("dev/probe", probe_table);\n}\n',
  },
  'register-sysctl-table': {
    includes: ['linux/sysctl.h'],
    old: 'static struct ctl_table probe_table[] = { { } };\nvoid *probe_reg(void)\n{\n\treturn register_sysctl_table(probe_table);\n}\n',
    new: 'static struct ctl_table probe_table[] = { { .procname = "probe", .mode = 0444 } };\nvoid *probe_reg(void)\n{\n\treturn register_sysctl("dev/probe", probe_table);\n}\n',
  },
  'ctl-table-child': {
    includes: ['linux/sysctl.h'],
    old: 'static struct ctl_table probe_leaf[] = { { } };\nstatic struct ctl_table probe_dir[] = {\n\t{\n\t\t.procname = "probe",\n\t\t.mode = 0555,\n\t\t.child = probe_leaf,\n\t},\n\t{ }\n};\n',
  },
  'fops-iterate': {
    includes: ['linux/fs.h'],
    old: `static int probe_iterate(struct file *f, struct dir_context *ctx)\n{\n\treturn 0;\n}\n${FOPS('iterate', 'probe_iterate')}`,
    new: `static int probe_iterate(struct file *f, struct dir_context *ctx)\n{\n\treturn 0;\n}\n${FOPS('iterate_shared', 'probe_iterate')}`,
  },
  'get-user-pages-vmas': {
    includes: ['linux/mm.h'],
    old: 'long probe_pin(unsigned long addr, struct page **pages)\n{\n\treturn get_user_pages(addr, 1, FOLL_WRITE, pages, NULL);\n}\n',
    new: 'long probe_pin(unsigned long addr, struct page **pages)\n{\n\treturn get_user_pages(addr, 1, FOLL_WRITE, pages);\n}\n',
  },
  'inode-i-ctime': {
    includes: ['linux/fs.h'],
    old: 'void probe_touch(struct inode *inode)\n{\n\tinode->i_ctime = current_time(inode);\n}\n',
    new: 'void probe_touch(struct inode *inode)\n{\n\tinode_set_ctime_current(inode);\n}\n',
  },
  'register-shrinker': {
    includes: ['linux/shrinker.h', 'linux/mm.h'],
    old: 'static unsigned long probe_count(struct shrinker *s, struct shrink_control *sc)\n{\n\treturn 0;\n}\nstatic struct shrinker probe_shrinker = { .count_objects = probe_count, .seeks = DEFAULT_SEEKS };\nint probe_reg(void)\n{\n\treturn register_shrinker(&probe_shrinker, "probe");\n}\n',
    new: 'static unsigned long probe_count(struct shrinker *s, struct shrink_control *sc)\n{\n\treturn 0;\n}\nint probe_reg(void)\n{\n\tstruct shrinker *s = shrinker_alloc(0, "probe");\n\n\tif (!s)\n\t\treturn -ENOMEM;\n\ts->count_objects = probe_count;\n\tshrinker_register(s);\n\treturn 0;\n}\n',
  },
  strlcpy: {
    includes: ['linux/string.h'],
    old: 'void probe_copy(char *dst, const char *src)\n{\n\tstrlcpy(dst, src, 16);\n}\n',
    new: 'void probe_copy(char *dst, const char *src)\n{\n\tstrscpy(dst, src, 16);\n}\n',
  },
  'blkdev-get-by-path': {
    includes: ['linux/blkdev.h'],
    old: 'struct block_device *probe_open(const char *path)\n{\n\treturn blkdev_get_by_path(path, FMODE_READ, NULL);\n}\n',
    new: 'struct file *probe_open(const char *path)\n{\n\treturn bdev_file_open_by_path(path, BLK_OPEN_READ, NULL, NULL);\n}\n',
  },
  'blk-alloc-disk-lim': {
    includes: ['linux/blkdev.h'],
    old: 'struct gendisk *probe_disk(void)\n{\n\treturn blk_alloc_disk(NUMA_NO_NODE);\n}\n',
    new: 'struct gendisk *probe_disk(void)\n{\n\treturn blk_alloc_disk(NULL, NUMA_NO_NODE);\n}\n',
  },
  'blk-mq-alloc-disk-lim': {
    includes: ['linux/blk-mq.h'],
    old: 'struct gendisk *probe_disk(struct blk_mq_tag_set *set)\n{\n\treturn blk_mq_alloc_disk(set, NULL);\n}\n',
    new: 'struct gendisk *probe_disk(struct blk_mq_tag_set *set)\n{\n\treturn blk_mq_alloc_disk(set, NULL, NULL);\n}\n',
  },
  'kmalloc-noprof': {
    includes: ['linux/vmalloc.h'],
    old: 'static void *(*probe_alloc)(unsigned long size) = vmalloc;\nvoid *probe_get(void)\n{\n\treturn probe_alloc(64);\n}\n',
    new: 'static void *probe_vmalloc(unsigned long size)\n{\n\treturn vmalloc(size);\n}\nstatic void *(*probe_alloc)(unsigned long size) = probe_vmalloc;\nvoid *probe_get(void)\n{\n\treturn probe_alloc(64);\n}\n',
  },
  'platform-remove-int': {
    includes: ['linux/platform_device.h'],
    old: 'static int probe_remove(struct platform_device *pdev)\n{\n\treturn 0;\n}\nstatic struct platform_driver probe_driver = {\n\t.driver = { .name = "probe" },\n\t.remove = probe_remove,\n};\n',
    new: 'static void probe_remove(struct platform_device *pdev)\n{\n}\nstatic struct platform_driver probe_driver = {\n\t.driver = { .name = "probe" },\n\t.remove = probe_remove,\n};\n',
  },
  'no-llseek': {
    includes: ['linux/fs.h'],
    old: FOPS('llseek', 'no_llseek'),
    new: FOPS('llseek', 'noop_llseek'),
  },
  'asm-unaligned': {
    includes: [],
    old: '#include <asm/unaligned.h>\nu32 probe_get(const void *p)\n{\n\treturn get_unaligned_le32(p);\n}\n',
    new: '#include <linux/unaligned.h>\nu32 probe_get(const void *p)\n{\n\treturn get_unaligned_le32(p);\n}\n',
  },
  'platform-remove-new': {
    includes: ['linux/platform_device.h'],
    old: 'static void probe_remove(struct platform_device *pdev)\n{\n}\nstatic struct platform_driver probe_driver = {\n\t.driver = { .name = "probe" },\n\t.remove_new = probe_remove,\n};\n',
  },
  'module-import-ns-string': {
    includes: [],
    old: 'MODULE_IMPORT_NS(DMA_BUF);\n',
    new: 'MODULE_IMPORT_NS("DMA_BUF");\n',
  },
  'hrtimer-init': {
    includes: ['linux/hrtimer.h'],
    old: 'static enum hrtimer_restart probe_fn(struct hrtimer *t)\n{\n\treturn HRTIMER_NORESTART;\n}\nvoid probe_start(struct hrtimer *t)\n{\n\thrtimer_init(t, CLOCK_MONOTONIC, HRTIMER_MODE_REL);\n\tt->function = probe_fn;\n}\n',
    new: 'static enum hrtimer_restart probe_fn(struct hrtimer *t)\n{\n\treturn HRTIMER_NORESTART;\n}\nvoid probe_start(struct hrtimer *t)\n{\n\thrtimer_setup(t, probe_fn, CLOCK_MONOTONIC, HRTIMER_MODE_REL);\n}\n',
  },
  'del-timer': {
    includes: ['linux/timer.h'],
    old: 'void probe_stop(struct timer_list *t)\n{\n\tdel_timer_sync(t);\n}\n',
    new: 'void probe_stop(struct timer_list *t)\n{\n\ttimer_delete_sync(t);\n}\n',
  },
  'from-timer': {
    includes: ['linux/timer.h'],
    old: 'struct probe_dev { struct timer_list timer; };\nstatic void probe_fn(struct timer_list *t)\n{\n\tstruct probe_dev *d = from_timer(d, t, timer);\n\n\t(void)d;\n}\n',
    new: 'struct probe_dev { struct timer_list timer; };\nstatic void probe_fn(struct timer_list *t)\n{\n\tstruct probe_dev *d = timer_container_of(d, t, timer);\n\n\t(void)d;\n}\n',
  },
  'ida-simple': {
    includes: ['linux/idr.h'],
    old: 'static DEFINE_IDA(probe_ida);\nint probe_id(void)\n{\n\treturn ida_simple_get(&probe_ida, 0, 0, GFP_KERNEL);\n}\n',
    new: 'static DEFINE_IDA(probe_ida);\nint probe_id(void)\n{\n\treturn ida_alloc(&probe_ida, GFP_KERNEL);\n}\n',
  },
  'kmap-atomic': {
    includes: ['linux/highmem.h'],
    old: 'void probe_zero(struct page *page)\n{\n\tvoid *p = kmap_atomic(page);\n\n\tmemset(p, 0, 8);\n\tkunmap_atomic(p);\n}\n',
    new: 'void probe_zero(struct page *page)\n{\n\tvoid *p = kmap_local_page(page);\n\n\tmemset(p, 0, 8);\n\tkunmap_local(p);\n}\n',
  },
};

/** The full C file of a snippet: a module that kbuild accepts (licence included). */
export function snippetSource(snippet: Snippet, body: string): string {
  const includes = ['linux/module.h', ...snippet.includes].map((h) => `#include <${h}>\n`).join('');
  return `// SPDX-License-Identifier: GPL-2.0\n${includes}\n${body}\nMODULE_LICENSE("GPL");\nMODULE_DESCRIPTION("probe");\n`;
}
