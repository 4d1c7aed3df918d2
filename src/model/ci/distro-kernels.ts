// The kernel series a distribution release installs by default (its GA kernel): what `linux-headers-amd64` or
// `linux-headers-generic` brings into a container image. Runner VMs differ (hardware-enablement kernels).

const BY_IMAGE: [RegExp, string][] = [
  [/^debian:(buster|10)\b/, '4.19'],
  [/^debian:(bullseye|11)\b/, '5.10'],
  [/^debian:(bookworm|12)\b/, '6.1'],
  [/^debian:(trixie|13)\b/, '6.12'],
  [/^ubuntu:(bionic|18\.04)\b/, '4.15'],
  [/^ubuntu:(focal|20\.04)\b/, '5.4'],
  [/^ubuntu:(jammy|22\.04)\b/, '5.15'],
  [/^ubuntu:(noble|24\.04)\b/, '6.8'],
];

/** Series of the default kernel of a container image (`debian:bookworm`, `ubuntu:22.04`), if known. */
export function defaultKernelOf(image: string | undefined): string | undefined {
  if (!image) return undefined;
  const name = image.replace(/^docker\.io\/(library\/)?/, '').toLowerCase();
  return BY_IMAGE.find(([re]) => re.test(name))?.[1];
}
