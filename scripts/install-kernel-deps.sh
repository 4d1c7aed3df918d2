#!/usr/bin/env bash
# Installs what the build-mode and kernel-version tests need: a compiler, bubblewrap (the build
# sandbox) and the newest Debian kernel header trees of the 6.1 and 6.12 series. Patch numbers
# move, so pick them at install time. The 6.1 kernel image ships /lib/modules/<release>/modules.alias
# (upstream/duplicate-device-id tests; the image is not booted).
# With --source also installs linux-source-6.1 and linux-source-6.12 (for `npm run corpus`,
# `npm run readiness-eval` and checkpatch.pl).
# With --tools also installs the real tools tests meet as users do: strace (what a run opens and executes),
# chromium (the HTML report), coccinelle (--coccinelle) and pre-commit (the hook).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-kernel-deps: needs root and apt-get; skipping (build tests will skip with a reason)" >&2
  exit 0
fi
apt-get update -qq
newest() { apt-cache search --names-only "$1" | awk '{print $1}' | grep -E "$2" | sort -V | tail -n 1; }
h61=$(newest '^linux-headers-6\.1\.0-[0-9]+-amd64$' '^linux-headers-6\.1\.0-[0-9]+-amd64$')
h612=$(newest '^linux-headers-6\.12\.[0-9]+\+deb12-amd64$' '^linux-headers-6\.12\.[0-9]+\+deb12-amd64$')
pkgs=(build-essential bc kmod pahole bubblewrap)
[ -n "$h61" ] && pkgs+=("$h61" "${h61/headers/image}")
[ -n "$h612" ] && pkgs+=("$h612")
for arg in "$@"; do
  case "$arg" in
    --source) pkgs+=(linux-source-6.1 linux-source-6.12) ;;
    --tools) pkgs+=(strace chromium coccinelle pre-commit) ;;
  esac
done
echo "install-kernel-deps: ${pkgs[*]}"
apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
ls -d /usr/src/linux-headers-*-amd64 2>/dev/null || true
