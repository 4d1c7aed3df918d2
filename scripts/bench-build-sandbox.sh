#!/usr/bin/env bash
# What the build sandbox costs: audits examples/hello in build mode against one header tree, alternating
# --build-sandbox none, bwrap and unshare, N rounds each (default 3), and prints the median wall time of each.
# Builds the CLI into a temporary folder first, so it measures src/ as it is.
#   bash scripts/bench-build-sandbox.sh [HEADERS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
headers=${1:-$(ls -d /usr/src/linux-headers-6.1*-amd64 | sort -V | tail -n 1)}
rounds=${2:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
LKM_DIST_OUT=$out node scripts/build.mjs
declare -A times
for ((i = 0; i < rounds; i++)); do
  for mode in none bwrap unshare; do
    start=$(date +%s%N)
    node "$out/cli.js" examples/hello --build --build-sandbox "$mode" --kernel-headers "$headers" --format json >/dev/null ||
      { echo "build with --build-sandbox $mode failed" >&2; exit 1; }
    times[$mode]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
for mode in none bwrap unshare; do
  median=$(tr ' ' '\n' <<<"${times[$mode]}" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "$mode: median ${median} ms over $rounds rounds (${times[$mode]% })"
done
