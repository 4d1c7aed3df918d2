// Acquire/release pairs of kernel-facts.md §5, as data: what the cleanup analysis tracks. The
// hand-written table comes first; pairs generated from the kernel fill in what it does not name.

import generated from './acquire-release.generated.json' with { type: 'json' };

/** How an acquiring call reports failure. */
export type FailureKind =
  /** returns ERR_PTR(-E...): check with IS_ERR */
  | 'err-ptr'
  /** returns NULL */
  | 'null'
  /** returns a negative errno (0 or a positive value on success) */
  | 'negative'
  /** cannot fail (starting a timer) */
  | 'none';

/**
 * What names the acquired resource, so that a release can be matched to it:
 * `result` the returned value, or `{ arg: i }` the i-th argument of the acquire (`&` stripped:
 * `alloc_chrdev_region(&dev, ...)` names `dev`).
 */
export type HandleRef = 'result' | { arg: number };

export interface AcquireSpec {
  /** Family name used in messages and in order dependencies. */
  kind: string;
  acquire: string[];
  failure: FailureKind;
  handle: HandleRef;
  release: string[];
  /** Which argument of a release names the handle. */
  releaseArg: number;
  /** Families that must still be live while this one is (released after it). */
  dependsOn?: string[];
  /** False where the kernel documents that callers may ignore the result (debugfs). */
  mustCheck?: boolean;
  /**
   * False where releasing each one is not the convention (debugfs entries go with their parent's
   * recursive removal): never reported as leaked.
   */
  tracked?: boolean;
  /** One release removes every live one of the family (proc_remove/remove_proc_subtree take the subtree). */
  releasesAll?: boolean;
}

const spec = (
  kind: string,
  acquire: string[],
  failure: FailureKind,
  handle: HandleRef,
  release: string[],
  releaseArg = 0,
  extra: Partial<AcquireSpec> = {},
): AcquireSpec => ({ kind, acquire, failure, handle, release, releaseArg, ...extra });

const R = 'result' as const;
const A0 = { arg: 0 };

/** Families that stand for generated pairs (see below): their results are not required to be checked, as those pairs' are not. */
const GENERATED_LIKE: Partial<AcquireSpec> = { mustCheck: false };

export const ACQUIRE_SPECS: AcquireSpec[] = [
  // memory
  spec(
    'kmalloc',
    ['kmalloc', 'kzalloc', 'kcalloc', 'kmalloc_array', 'kstrdup', 'kstrndup', 'kmemdup', 'kmalloc_node', 'kzalloc_node', 'kcalloc_node'],
    'null',
    R,
    ['kfree', 'kfree_sensitive', 'kvfree', 'kzfree'],
  ),
  spec('vmalloc', ['vmalloc', 'vzalloc', 'vmalloc_user', 'vmalloc_32'], 'null', R, ['vfree', 'kvfree']),
  spec('kvmalloc', ['kvmalloc', 'kvzalloc', 'kvcalloc', 'kvmalloc_array'], 'null', R, ['kvfree']),
  spec('kmem_cache', ['kmem_cache_create', 'kmem_cache_create_usercopy'], 'null', R, ['kmem_cache_destroy']),
  spec('mempool', ['mempool_create', 'mempool_create_kmalloc_pool', 'mempool_create_slab_pool'], 'null', R, ['mempool_destroy']),
  spec('dma_pool', ['dma_pool_create'], 'null', R, ['dma_pool_destroy']),
  spec('dma_coherent', ['dma_alloc_coherent'], 'null', R, ['dma_free_coherent'], 2),
  spec('pages', ['__get_free_pages', 'get_zeroed_page'], 'null', R, ['free_pages', 'free_page']),
  spec('page', ['alloc_pages', 'alloc_page'], 'null', R, ['__free_pages', '__free_page']),
  // character devices
  spec('chrdev', ['register_chrdev'], 'negative', R, ['unregister_chrdev', '__unregister_chrdev']),
  spec('chrdev_region', ['alloc_chrdev_region', 'register_chrdev_region'], 'negative', A0, ['unregister_chrdev_region']),
  spec('cdev', ['cdev_add'], 'negative', A0, ['cdev_del'], 0, { dependsOn: ['chrdev_region'] }),
  spec('cdev_device', ['cdev_device_add'], 'negative', A0, ['cdev_device_del'], 0, {
    dependsOn: ['chrdev_region'],
  }),
  spec('class', ['class_create', '__class_create'], 'err-ptr', R, ['class_destroy']),
  spec('class_register', ['class_register'], 'negative', A0, ['class_unregister']),
  spec('device', ['device_create', 'device_create_with_groups'], 'err-ptr', { arg: 2 }, ['device_destroy', 'device_unregister'], 1, {
    dependsOn: ['class', 'class_register'],
  }),
  spec('device_register', ['device_register'], 'negative', A0, ['device_unregister']),
  spec('misc', ['misc_register'], 'negative', A0, ['misc_deregister']),
  // proc, debugfs, sysfs, kobjects
  spec(
    'proc',
    ['proc_create', 'proc_create_data', 'proc_mkdir', 'proc_mkdir_data', 'proc_create_single', 'proc_create_seq'],
    'null',
    R,
    ['proc_remove', 'remove_proc_entry', 'remove_proc_subtree'],
    0,
    { releasesAll: true },
  ),
  spec('debugfs', ['debugfs_create_dir', 'debugfs_create_file'], 'err-ptr', R, ['debugfs_remove', 'debugfs_remove_recursive'], 0, {
    mustCheck: false,
    tracked: false,
  }),
  spec('sysfs', ['sysfs_create_group', 'sysfs_create_groups', 'sysfs_create_file'], 'negative', A0, [
    'sysfs_remove_group',
    'sysfs_remove_groups',
    'sysfs_remove_file',
    'kobject_put',
    'kobject_del',
  ]),
  // a device's attribute files go with its sysfs folder when it is deleted (device_del; atm_dev_deregister does it
  // for the atm device's class_dev: atm_sysfs.c)
  spec('device_file', ['device_create_file'], 'negative', A0, [
    'device_remove_file',
    'device_unregister',
    'device_destroy',
    'device_del',
    'atm_dev_deregister',
    // mmc_remove_host() deletes the host's class_dev (core/host.c), where drivers put their attribute files
    'mmc_remove_host',
  ]),
  spec('kobject', ['kobject_create_and_add'], 'null', R, ['kobject_put']),
  // Releases under another name than the generated pair's: device_link_remove() deletes the link between the two
  // devices (core.c); iscsi_host_free() ends with scsi_host_put(), and scsi_host_put() alone drops the last reference
  // of an iSCSI host not yet added (its release frees it); sdhci_pltfm_unregister() calls sdhci_remove_host()
  spec('device_link', ['device_link_add'], 'null', R, ['device_link_del', 'device_link_remove'], 0, GENERATED_LIKE),
  // (named here, these releases would hide the generated pairs that end with them: those pairs are written out)
  spec('mmc_host', ['mmc_add_host'], 'negative', A0, ['mmc_remove_host'], 0, GENERATED_LIKE),
  spec('atm_dev', ['atm_dev_register'], 'null', R, ['atm_dev_deregister'], 0, GENERATED_LIKE),
  spec('resource', ['request_resource'], 'negative', A0, ['release_resource'], 0, GENERATED_LIKE),
  spec(
    'scsi_host',
    ['scsi_host_alloc', 'scsi_host_get', 'iscsi_host_alloc'],
    'null',
    R,
    ['scsi_host_put', 'iscsi_host_free'],
    0,
    GENERATED_LIKE,
  ),
  spec('sdhci_host', ['sdhci_add_host'], 'negative', A0, ['sdhci_remove_host', 'sdhci_pltfm_unregister'], 0, GENERATED_LIKE),
  // interrupts, I/O
  spec('irq', ['request_irq', 'request_threaded_irq', 'request_any_context_irq'], 'negative', A0, ['free_irq']),
  spec('ioremap', ['ioremap', 'ioremap_wc', 'ioremap_cache', 'ioremap_uc', 'ioremap_nocache'], 'null', R, ['iounmap', 'pci_iounmap']),
  spec('pci_iomap', ['pci_iomap', 'pci_ioremap_bar'], 'null', R, ['pci_iounmap', 'iounmap'], 1),
  // release_resource() takes the region the request returned out of the resource tree (resource.c), as the
  // release_*_region() calls do; the caller then frees the struct (dm9000, ftgmac100: `release_resource(priv->res)`)
  spec('mem_region', ['request_mem_region'], 'null', A0, ['release_mem_region', 'release_resource']),
  spec('io_region', ['request_region'], 'null', A0, ['release_region', 'release_resource']),
  spec('pci_enable', ['pci_enable_device', 'pci_enable_device_mem'], 'negative', A0, ['pci_disable_device']),
  spec('pci_regions', ['pci_request_regions', 'pci_request_region'], 'negative', A0, ['pci_release_regions', 'pci_release_region']),
  // pcmcia_disable_device() releases every window the device requested (pcmcia_resource.c, WIN_FLAGS_REQ)
  spec('pcmcia_window', ['pcmcia_request_window'], 'negative', A0, ['pcmcia_release_window', 'pcmcia_disable_device']),
  // MSI vectors are released by devres after pcim_enable_device and pci_free_irq_vectors() may be called
  // again (msi.c): drivers differ, so the family is known (not left to the generated pair) but never reported
  spec('pci_irq_vectors', ['pci_alloc_irq_vectors', 'pci_alloc_irq_vectors_affinity'], 'negative', A0, ['pci_free_irq_vectors'], 0, {
    tracked: false,
    mustCheck: false,
  }),
  spec('gpio', ['gpio_request', 'gpio_request_one'], 'negative', A0, ['gpio_free']),
  spec('clk', ['clk_get'], 'err-ptr', R, ['clk_put']),
  spec('gpiod', ['gpiod_get', 'gpiod_get_index'], 'err-ptr', R, ['gpiod_put']),
  spec('regulator', ['regulator_get'], 'err-ptr', R, ['regulator_put']),
  // driver and bus registration
  spec('platform_driver', ['platform_driver_register', '__platform_driver_register'], 'negative', A0, ['platform_driver_unregister']),
  spec('platform_device', ['platform_device_register'], 'negative', A0, ['platform_device_unregister']),
  // platform_device_unregister() is platform_device_del() + platform_device_put()
  spec('platform_device_add', ['platform_device_add'], 'negative', A0, ['platform_device_del', 'platform_device_unregister']),
  // drm_dev_unplug() unregisters as well (drm_drv.c)
  spec('drm_dev', ['drm_dev_register'], 'negative', A0, ['drm_dev_unregister', 'drm_dev_unplug'], 0, { mustCheck: false }),
  spec(
    'platform_device_simple',
    [
      'platform_device_register_simple',
      'platform_device_register_full',
      'platform_device_register_data',
      'platform_device_register_resndata',
    ],
    'err-ptr',
    R,
    ['platform_device_unregister'],
  ),
  spec('pci_driver', ['pci_register_driver', '__pci_register_driver'], 'negative', A0, ['pci_unregister_driver']),
  spec('usb_driver', ['usb_register', 'usb_register_driver'], 'negative', A0, ['usb_deregister']),
  spec('usb_dev', ['usb_register_dev'], 'negative', A0, ['usb_deregister_dev']),
  spec('i2c_driver', ['i2c_add_driver', 'i2c_register_driver'], 'negative', A0, ['i2c_del_driver']),
  spec('spi_driver', ['spi_register_driver', '__spi_register_driver'], 'negative', A0, ['spi_unregister_driver']),
  spec('driver', ['driver_register'], 'negative', A0, ['driver_unregister']),
  spec('bus', ['bus_register'], 'negative', A0, ['bus_unregister']),
  spec('tty_driver', ['tty_register_driver'], 'negative', A0, ['tty_unregister_driver']),
  spec('urb', ['usb_alloc_urb'], 'null', R, ['usb_free_urb']),
  // network
  // the bus-specific allocators return alloc_netdev()'s device (net/802, hdlc.c, 8390.c, can/dev)
  spec(
    'netdev_alloc',
    [
      'alloc_netdev',
      'alloc_etherdev',
      'alloc_netdev_mq',
      'alloc_netdev_mqs',
      'alloc_etherdev_mq',
      'alloc_etherdev_mqs',
      'alloc_candev',
      'alloc_candev_mq',
      'alloc_candev_mqs',
      'alloc_hdlcdev',
      'alloc_fcdev',
      'alloc_fddidev',
      'alloc_hippi_dev',
      'alloc_ltalkdev',
      'alloc_ei_netdev',
      '__alloc_ei_netdev',
      'alloc_eip_netdev',
      '__alloc_eip_netdev',
    ],
    'null',
    R,
    ['free_netdev', 'free_candev'],
  ),
  spec(
    'netdev',
    ['register_netdev', 'register_netdevice', 'register_candev', 'register_hdlc_device'],
    'negative',
    A0,
    ['unregister_netdev', 'unregister_netdevice', 'unregister_candev', 'unregister_hdlc_device'],
    0,
    { dependsOn: ['netdev_alloc'] },
  ),
  spec(
    'nf_hook',
    ['nf_register_net_hook', 'nf_register_net_hooks'],
    'negative',
    { arg: 1 },
    ['nf_unregister_net_hook', 'nf_unregister_net_hooks'],
    1,
  ),
  spec('pernet', ['register_pernet_subsys', 'register_pernet_device'], 'negative', A0, [
    'unregister_pernet_subsys',
    'unregister_pernet_device',
  ]),
  spec('genl', ['genl_register_family'], 'negative', A0, ['genl_unregister_family']),
  spec('socket', ['sock_create_kern'], 'negative', { arg: 4 }, ['sock_release']),
  spec(
    'notifier',
    [
      'register_netdevice_notifier',
      'register_reboot_notifier',
      'register_inetaddr_notifier',
      'register_module_notifier',
      'register_pm_notifier',
    ],
    'negative',
    A0,
    [
      'unregister_netdevice_notifier',
      'unregister_reboot_notifier',
      'unregister_inetaddr_notifier',
      'unregister_module_notifier',
      'unregister_pm_notifier',
    ],
    0,
    // a notifier block registration only fails for a duplicate: in-tree code ignores the result
    { mustCheck: false },
  ),
  // input
  spec('input_alloc', ['input_allocate_device'], 'null', R, ['input_free_device', 'input_unregister_device']),
  spec('input', ['input_register_device'], 'negative', A0, ['input_unregister_device'], 0, {
    dependsOn: ['input_alloc'],
  }),
  // threads, timers, workqueues
  spec('kthread', ['kthread_run', 'kthread_create', 'kthread_run_on_cpu'], 'err-ptr', R, ['kthread_stop', 'kthread_stop_put']),
  spec('timer', ['add_timer', 'mod_timer'], 'none', A0, [
    'del_timer_sync',
    'del_timer',
    'timer_delete_sync',
    'timer_delete',
    'timer_shutdown_sync',
    'timer_shutdown',
  ]),
  spec('hrtimer', ['hrtimer_start'], 'none', A0, ['hrtimer_cancel', 'hrtimer_try_to_cancel']),
  spec('workqueue', ['alloc_workqueue', 'create_workqueue', 'create_singlethread_workqueue', 'alloc_ordered_workqueue'], 'null', R, [
    'destroy_workqueue',
  ]),
  // probes, filesystems, block, crypto, misc subsystems
  spec('kprobe', ['register_kprobe'], 'negative', A0, ['unregister_kprobe']),
  spec('kretprobe', ['register_kretprobe'], 'negative', A0, ['unregister_kretprobe']),
  spec('filesystem', ['register_filesystem'], 'negative', A0, ['unregister_filesystem']),
  spec('blkdev', ['register_blkdev'], 'negative', R, ['unregister_blkdev']),
  spec('disk', ['add_disk', 'device_add_disk'], 'negative', A0, ['del_gendisk'], 0, { mustCheck: false }),
  spec(
    'crypto_alg',
    ['crypto_register_alg', 'crypto_register_shash', 'crypto_register_skcipher', 'crypto_register_aead', 'crypto_register_ahash'],
    'negative',
    A0,
    ['crypto_unregister_alg', 'crypto_unregister_shash', 'crypto_unregister_skcipher', 'crypto_unregister_aead', 'crypto_unregister_ahash'],
  ),
  spec(
    'crypto_tfm',
    ['crypto_alloc_shash', 'crypto_alloc_skcipher', 'crypto_alloc_aead', 'crypto_alloc_ahash', 'crypto_alloc_cipher'],
    'err-ptr',
    R,
    ['crypto_free_shash', 'crypto_free_skcipher', 'crypto_free_aead', 'crypto_free_ahash', 'crypto_free_cipher'],
  ),
  spec('sysctl', ['register_sysctl', 'register_sysctl_table'], 'null', R, ['unregister_sysctl_table']),
  spec(
    'ida',
    ['ida_alloc', 'ida_alloc_range', 'ida_alloc_min', 'ida_alloc_max', 'ida_simple_get'],
    'negative',
    R,
    ['ida_free', 'ida_simple_remove'],
    1,
  ),
  spec('firmware', ['request_firmware'], 'negative', A0, ['release_firmware']),
  spec('file', ['filp_open'], 'err-ptr', R, ['filp_close']),
  spec('video', ['video_register_device'], 'negative', A0, ['video_unregister_device', 'vb2_video_unregister_device']),
  spec('snd_card', ['snd_card_new'], 'negative', { arg: 5 }, ['snd_card_free']),
  spec('hwmon', ['hwmon_device_register', 'hwmon_device_register_with_groups', 'hwmon_device_register_with_info'], 'err-ptr', R, [
    'hwmon_device_unregister',
  ]),
];

interface GeneratedPair {
  acquire: string;
  release: string;
  failure: FailureKind;
  handle: 'result' | number;
}

interface Index {
  byAcquire: Map<string, AcquireSpec>;
  byRelease: Map<string, AcquireSpec[]>;
  handWritten: Set<string>;
  generated: AcquireSpec[];
  /** A Map, not the JSON object: looked up for every call a walk meets, and `constructor` is no entry of it. */
  generatedReturns: Map<string, 'err-ptr' | 'null'>;
}

// Made on the first lookup, not at start-up: the generated pairs are a 115 KB table that only C code needs.
let built: Index | undefined;
function tables(): Index {
  return (built ??= indexTables());
}

function indexTables(): Index {
  const byAcquire = new Map<string, AcquireSpec>();
  const byRelease = new Map<string, AcquireSpec[]>();
  const index = (s: AcquireSpec): void => {
    for (const name of s.acquire) byAcquire.set(name, s);
    for (const name of s.release) {
      const list = byRelease.get(name) ?? [];
      list.push(s);
      byRelease.set(name, list);
    }
  };
  for (const s of ACQUIRE_SPECS) index(s);
  const handWritten = new Set([...byAcquire.keys(), ...byRelease.keys()]);
  const generatedSpecs = (generated.pairs as GeneratedPair[])
    .filter((p) => !byAcquire.has(p.acquire) && !byRelease.has(p.release))
    .map((p) =>
      spec(p.acquire, [p.acquire], p.failure, p.handle === 'result' ? R : { arg: p.handle }, [p.release], 0, { mustCheck: false }),
    );
  for (const s of generatedSpecs) index(s);
  const generatedReturns = new Map(Object.entries(generated.returns as Record<string, 'err-ptr' | 'null'>));
  return { byAcquire, byRelease, handWritten, generated: generatedSpecs, generatedReturns };
}

/**
 * Pairs generated from the kernel (scripts/gen-acquire-release.mjs): each its own family, used
 * only where the hand-written table says nothing of the acquire or the release. Their results are
 * not required to be checked (unchecked-acquire stays with the hand-written families).
 */
export function generatedSpecs(): readonly AcquireSpec[] {
  return tables().generated;
}

/** Which table knows a call (for the corpus figures). */
export function tableKnows(name: string): 'hand-written' | 'generated' | undefined {
  const { handWritten, byAcquire, byRelease, generatedReturns } = tables();
  if (handWritten.has(name) || ERR_PTR_EXTRA.has(name)) return 'hand-written';
  if (byAcquire.has(name) || byRelease.has(name) || generatedReturns.has(name)) return 'generated';
  return undefined;
}

/** Calls that take over a memory allocation: the object is then freed by its release callback. */
export const OWNERSHIP_TAKERS = new Set([
  'device_register',
  'device_add',
  'device_initialize',
  'kobject_init',
  'kobject_init_and_add',
  'kobject_add',
  'kref_init',
  'list_add',
  'list_add_tail',
  'hlist_add_head',
  'idr_alloc',
  'xa_store',
  'radix_tree_insert',
]);

/** The release that undoes `acquireName`: `register_reboot_notifier` -> `unregister_reboot_notifier`. */
export function releaseFor(s: AcquireSpec, acquireName: string): string {
  const i = s.acquire.indexOf(acquireName);
  const paired = s.release.find((r) => r === `un${acquireName}` || r === acquireName.replace(/^register_/, 'unregister_'));
  return paired ?? (i >= 0 && s.release.length === s.acquire.length ? s.release[i] : s.release[0]);
}

export function acquireSpec(name: string): AcquireSpec | undefined {
  return tables().byAcquire.get(name);
}

/** Families a call releases (kvfree releases kmalloc, vmalloc and kvmalloc memory). */
export function releasedKinds(name: string): AcquireSpec[] {
  return tables().byRelease.get(name) ?? [];
}

/**
 * `devm_kzalloc` -> the spec of `kzalloc`, `pcim_iomap` -> `pci_iomap`: managed resources, freed by the
 * driver core when the device detaches, so a manual release is a double free.
 */
export function managedSpec(name: string): AcquireSpec | undefined {
  const m = /^(devm|pcim)_(.+)$/.exec(name);
  if (!m) return undefined;
  return tables().byAcquire.get(m[1] === 'pcim' ? `pci_${m[2]}` : m[2]);
}

export function isManaged(name: string): boolean {
  return /^(devm|pcim)_/.test(name);
}

/** Functions whose result is an error pointer, for `cleanup/wrong-error-check`. */
export function returnsErrPtr(name: string): boolean {
  const { byAcquire, generatedReturns } = tables();
  const s = byAcquire.get(name);
  if (s) return s.failure === 'err-ptr';
  return ERR_PTR_EXTRA.has(name) || generatedReturns.get(name) === 'err-ptr';
}

/** Functions whose failure is NULL (never an error pointer). */
export function returnsNull(name: string): boolean {
  const { byAcquire, generatedReturns } = tables();
  const s = byAcquire.get(name);
  if (s) return s.failure === 'null';
  return !ERR_PTR_EXTRA.has(name) && generatedReturns.get(name) === 'null';
}

const ERR_PTR_EXTRA = new Set([
  'devm_ioremap_resource',
  'devm_platform_ioremap_resource',
  'devm_clk_get',
  'devm_gpiod_get',
  'devm_regulator_get',
  'kthread_create_on_node',
  'debugfs_create_symlink',
  'memdup_user',
  'strndup_user',
]);
