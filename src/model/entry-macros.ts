// Macros that declare a module's entry points (kernel-facts §4). `module_driver(drv, reg, unreg)`
// and its wrappers generate both an `__init` and an `__exit` function; `builtin_*` only an init.

const DRIVER_HELPERS = [
  'platform',
  'pci',
  'usb',
  'i2c',
  'spi',
  'hid',
  'virtio',
  'serio',
  'acpi',
  'amba',
  'auxiliary',
  'phy',
  'sdio',
  'pcmcia',
  'usb_serial',
  'i3c',
  'wmi',
  'mhi',
  'rpmsg',
  'sdw',
  'spmi',
  'isa',
  'pnp',
  'parport',
  'gameport',
  'hda_codec',
  'snd_seq',
  'mdio',
  'fsl_mc',
  'ccw',
  'ap',
  'vio',
  'ishtp',
  'tee',
  'ulpi',
  'greybus',
  'mipi_dbi',
  'sa1111',
  'locomo',
  'mcb',
  'dfl',
  'cdx',
  'ssam',
  'bcma',
  'ssb',
  'fsi',
  'mei_cl',
  'gio',
  'tc',
  'zorro',
  'nubus',
  'eisa',
  'scmi',
  'ffa',
  'qcom_smd',
  'apr',
  'slim',
  'sbus',
  'mips_cdmm',
  'most',
  'visorbus',
  'xenbus',
  'hv',
  'comedi_pci',
  'comedi_usb',
  'comedi_pcmcia',
  'comedi',
];

/** Macro name -> what it declares. */
export const ENTRY_MACROS: ReadonlyMap<string, { init: boolean; exit: boolean }> = new Map([
  ['module_init', { init: true, exit: false }],
  ['module_exit', { init: false, exit: true }],
  ['late_initcall', { init: true, exit: false }],
  ['device_initcall', { init: true, exit: false }],
  ['subsys_initcall', { init: true, exit: false }],
  ['fs_initcall', { init: true, exit: false }],
  ['arch_initcall', { init: true, exit: false }],
  ['core_initcall', { init: true, exit: false }],
  ['postcore_initcall', { init: true, exit: false }],
  ['rootfs_initcall', { init: true, exit: false }],
  ['module_driver', { init: true, exit: true }],
  ['module_misc_device', { init: true, exit: true }],
  ['module_platform_driver_probe', { init: true, exit: true }],
  ['module_serdev_device_driver', { init: true, exit: true }],
  ['module_comedi_driver', { init: true, exit: true }],
  ...DRIVER_HELPERS.map((h) => [`module_${h}_driver`, { init: true, exit: true }] as const),
  ...DRIVER_HELPERS.map((h) => [`builtin_${h}_driver`, { init: true, exit: false }] as const),
]);

/**
 * The name of the function a macro names or generates: `module_init(foo_init)` -> foo_init;
 * `module_platform_driver(foo_driver)` -> foo_driver_init / foo_driver_exit (device/driver.h).
 */
export function entryFunction(macro: string, args: string[], which: 'init' | 'exit'): string | undefined {
  const first = args[0]?.trim();
  if (!first || !/^[A-Za-z_]\w*$/.test(first)) return undefined;
  if (macro === 'module_init' || macro === 'module_exit' || macro.endsWith('_initcall')) return first;
  return `${first}_${which}`;
}
