// In-kernel frameworks and interfaces the kernel has replaced: a driver built on them is sent back (or, in
// staging, deleted) until it moves to the replacement. Each entry cites where the kernel itself says so
// (paths and quotes from the Linux 6.1 tree unless stated). Detection is lexical: headers, identifiers,
// and `.field = value` initialisers in code with comments and strings masked.

export interface ObsoleteFramework {
  id: string;
  /** What the driver uses, as the finding names it. */
  name: string;
  /** `#include <...>` paths that mean the framework is used. */
  headers: string[];
  /** Identifiers (calls, types, macros) that mean it is used. */
  symbols: string[];
  /** `.field = value` initialisers that mean it is used; `value` tests the assigned expression. */
  fields?: { field: string; value?: RegExp }[];
  /** Uses only count in a module that also shows this (e.g. V4L2 streaming is only a problem in a V4L2 driver). */
  onlyWith?: RegExp;
  /** Not a use when the module also shows this (an fbdev driver that is a DRM driver's emulation layer). */
  unlessWith?: RegExp;
  replacement: string;
  /** When the replacement arrived, or the old interface was deprecated or removed. */
  since: string;
  /**
   * Where the kernel says so: a file of the Linux 6.1 tree and a quote from it (`...` joins quoted parts), or,
   * for an interface that is gone, the header that no longer declares `absent`.
   */
  evidence: { file: string; quote: string; absent?: string };
}

export const OBSOLETE_FRAMEWORKS: readonly ObsoleteFramework[] = [
  {
    id: 'videobuf1',
    name: 'videobuf (version 1) buffer management',
    headers: ['media/videobuf-core.h', 'media/videobuf-dma-sg.h', 'media/videobuf-vmalloc.h', 'media/videobuf-dma-contig.h'],
    symbols: [
      'videobuf_queue_sg_init',
      'videobuf_queue_vmalloc_init',
      'videobuf_queue_dma_contig_init',
      'videobuf_reqbufs',
      'videobuf_qbuf',
      'videobuf_dqbuf',
      'videobuf_streamon',
      'videobuf_mmap_mapper',
      'videobuf_queue_ops',
    ],
    replacement: 'videobuf2 (<media/videobuf2-v4l2.h>, vb2_queue_init, vb2_ioctl_* helpers)',
    since: 'videobuf2 since Linux 2.6.36; videobuf deprecated, staging users deleted in 2022-2023, framework removed in 6.7',
    evidence: {
      file: 'Documentation/driver-api/media/v4l2-videobuf.rst',
      quote: "The videobuf framework was deprecated in favor of videobuf2. Shouldn't be used on new drivers.",
    },
  },
  {
    id: 'v4l2-own-streaming',
    name: 'V4L2 streaming implemented by the driver (no videobuf2)',
    headers: [],
    symbols: [],
    fields: [
      { field: 'vidioc_reqbufs', value: /^&?(?!vb2_)\w+$/ },
      { field: 'vidioc_dqbuf', value: /^&?(?!vb2_)\w+$/ },
    ],
    onlyWith: /\bvideo_register_device\b|\bv4l2_ioctl_ops\b/,
    unlessWith: /\bvb2_queue_init\b|\bvideobuf_queue_\w+_init\b/,
    replacement: 'videobuf2 (vb2_queue_init and the vb2_ioctl_reqbufs/qbuf/dqbuf helpers)',
    since: 'videobuf2 since Linux 2.6.36; media staging drivers without vb2 deprecated in 5.19-6.1 and deleted',
    evidence: {
      file: 'drivers/staging/media/deprecated/meye/TODO',
      quote:
        'The meye driver does not use the vb2 framework for streaming video, instead it implements this in the driver. To prevent removal of this driver early 2023 it has to be converted to use vb2.',
    },
  },
  {
    id: 'wireless-extensions',
    name: 'Wireless Extensions handlers (iw_handler)',
    headers: ['net/iw_handler.h'],
    symbols: ['iw_handler', 'iw_handler_def', 'iw_priv_args', 'wireless_send_event'],
    fields: [{ field: 'wireless_handlers' }],
    replacement: 'cfg80211 (<net/cfg80211.h>, struct cfg80211_ops) or mac80211 (struct ieee80211_ops)',
    since:
      'cfg80211 since Linux 2.6.22; WIRELESS_EXT has no prompt (only old drivers select it) and cfg80211 keeps wext only for "old userspace"',
    evidence: {
      file: 'net/wireless/Kconfig',
      quote:
        'config WIRELESS_EXT bool ... Enable this option if you need old userspace for wireless extensions with cfg80211-based drivers.',
    },
  },
  {
    id: 'fbdev-driver',
    name: 'an fbdev driver (register_framebuffer) for display hardware',
    headers: [],
    symbols: ['register_framebuffer'],
    unlessWith: /\bdrm_dev_register\b|\bdrm_fbdev_generic_setup\b/,
    replacement:
      'a DRM/KMS driver (drm_dev_register; drm_simple_display_pipe or the mipi-dbi helpers for small panels), with fbdev emulation from drm_fbdev_generic_setup()',
    since: 'DRM/KMS since Linux 2.6.29; fbdev takes no new drivers',
    evidence: {
      file: 'drivers/staging/fbtft/TODO',
      quote: "fbdev doesn't take any new drivers anymore.",
    },
  },
  {
    id: 'private-proc',
    name: 'driver-private /proc files',
    headers: [],
    symbols: ['proc_create', 'proc_create_data', 'proc_create_seq', 'proc_create_single_data', 'proc_mkdir', 'create_proc_read_entry'],
    replacement:
      "sysfs attributes (one value per file, documented ABI) for settings, debugfs for debugging, the subsystem's own API (ethtool, nl80211, V4L2 controls) where there is one",
    since: 'debugfs since Linux 2.6.10; /proc is for processes',
    evidence: {
      file: 'Documentation/filesystems/debugfs.rst',
      quote:
        'Unlike /proc, which is only meant for information about a process, or sysfs, which has strict one-value-per-file rules, debugfs has no rules at all.',
    },
  },
  {
    id: 'create-proc-entry',
    name: 'create_proc_entry (the /proc API before proc_create)',
    headers: [],
    symbols: ['create_proc_entry', 'create_proc_info_entry'],
    replacement: 'proc_create with a struct proc_ops, or better sysfs/debugfs',
    since: 'removed in Linux 3.10 (absent from include/linux/proc_fs.h)',
    evidence: { file: 'include/linux/proc_fs.h', quote: 'extern struct proc_dir_entry *proc_create_data(', absent: 'create_proc_entry' },
  },
  {
    id: 'legacy-gpio',
    name: 'the legacy integer GPIO API (<linux/gpio.h>, gpio_request)',
    headers: [],
    symbols: [
      'gpio_request',
      'gpio_request_one',
      'gpio_free',
      'gpio_direction_input',
      'gpio_direction_output',
      'gpio_set_value',
      'gpio_get_value',
      'gpio_to_irq',
      'devm_gpio_request',
      'devm_gpio_request_one',
      'of_get_named_gpio',
    ],
    replacement: 'GPIO descriptors (<linux/gpio/consumer.h>: gpiod_get, gpiod_set_value)',
    since: 'descriptor API since Linux 3.13; <linux/gpio.h> marked legacy',
    evidence: {
      file: 'include/linux/gpio.h',
      quote: 'This is the LEGACY GPIO bulk include file, including legacy APIs. ... should not be included in new code.',
    },
  },
  {
    id: 'pci-dma-compat',
    name: 'the PCI DMA compatibility API (pci_alloc_consistent, pci_map_single)',
    headers: ['linux/pci-dma-compat.h'],
    symbols: [
      'pci_alloc_consistent',
      'pci_free_consistent',
      'pci_map_single',
      'pci_unmap_single',
      'pci_map_page',
      'pci_unmap_page',
      'pci_map_sg',
      'pci_unmap_sg',
      'pci_dma_sync_single_for_cpu',
      'pci_dma_sync_single_for_device',
      'pci_set_dma_mask',
      'pci_set_consistent_dma_mask',
      'pci_dma_mapping_error',
    ],
    replacement: 'the generic DMA API (dma_alloc_coherent, dma_map_single, dma_set_mask_and_coherent on &pdev->dev)',
    since: 'removed in Linux 5.18 (include/linux/pci-dma-compat.h deleted; absent from 6.1)',
    evidence: { file: 'include/linux/pci.h', quote: '#include <linux/dma-mapping.h>', absent: 'pci_alloc_consistent' },
  },
];
