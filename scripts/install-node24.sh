#!/usr/bin/env bash
# The action declares `using: node24`, so GitHub runs the bundle under Node 24 while this machine's Node is 20: the
# tests also run it under Node 24 (test/action/node24.test.ts). See install-node.sh; LKM_NODE24_DIR sets the folder.
set -euo pipefail
LKM_NODE_DIR=${LKM_NODE24_DIR:-/tmp/lkm-node24} exec bash "$(dirname "$0")/install-node.sh" 24
