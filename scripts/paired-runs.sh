#!/bin/sh
# Two builds audited at the same time, one thread each, N times: both meet the same load of the shared machine,
# so their wall and CPU times compare where runs one after the other (moving by 10-30% with the load) do not.
#   scripts/paired-runs.sh TREE N CLI_A CLI_B
# Prints, per pair: wall seconds, user CPU seconds and peak RSS of A, then of B.
set -eu
tree=$1 n=$2 a=$3 b=$4
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
i=0
while [ "$i" -lt "$n" ]; do
  /usr/bin/time -f "A %e s wall %U s user %M KB" node --max-old-space-size=12288 "$a" "$tree" --jobs 1 --format json --output "$out/a.json" --fail-on never >/dev/null 2>"$out/a.t" &
  /usr/bin/time -f "B %e s wall %U s user %M KB" node --max-old-space-size=12288 "$b" "$tree" --jobs 1 --format json --output "$out/b.json" --fail-on never >/dev/null 2>"$out/b.t"
  wait
  echo "$(tail -1 "$out/a.t") | $(tail -1 "$out/b.t")"
  i=$((i + 1))
done
