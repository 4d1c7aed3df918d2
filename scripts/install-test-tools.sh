#!/usr/bin/env bash
# Installs what the report tests look through, from Debian: headless Chromium (the HTML report's browser test),
# python3 (a real XML parser for the SVG charts, and reading screenshots back), util-linux's `script` (a
# pseudo-terminal for the progress bar) and jq (the fleet workflow's aggregate step). Tests skip with a reason
# where one is missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-test-tools: needs root and apt-get; skipping (browser and pty tests will skip with a reason)" >&2
  exit 0
fi
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v python3 >/dev/null || need+=(python3)
command -v script >/dev/null || need+=(bsdutils)
command -v jq >/dev/null || need+=(jq)
if [ ${#need[@]} -eq 0 ]; then
  echo "install-test-tools: chromium, python3, script and jq are present"
  exit 0
fi
apt-get update -qq
echo "install-test-tools: ${need[*]}"
apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
