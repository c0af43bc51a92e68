#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmark for issue 3's figure: once built, the demo shows a live session within 10 s.
# Starts `santedb-session-manager --demo` RUNS times on a virtual display (each run quits after
# its screenshot) and reports the time from process start to the first live session.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SDSM_BUILD_DIR:-$root/build}"
runs="${1:-5}"
app="$build/src/gui/santedb-session-manager"
[ -x "$app" ] || { echo "build first: scripts/demo.sh or scripts/test.sh" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for i in $(seq "$runs"); do
  "$root/scripts/with-test-keyring.sh" xvfb-run -a -s "-screen 0 1280x900x24" \
    "$app" --demo --screenshot "$scratch/shot-$i.png" 2>&1 |
    sed -n 's/^demo: live session after \([0-9.]*\) s$/\1/p' >> "$scratch/times"
done
[ "$(wc -l < "$scratch/times")" -eq "$runs" ] || { echo "a run showed no live session" >&2; exit 1; }
sort -n "$scratch/times" | awk -v limit=10 '
  { t[NR] = $1 }
  END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "demo live session: runs %d, min %.1f s, median %.1f s, max %.1f s (target < %d s)\n", NR, t[1], median, t[NR], limit
    exit (t[NR] < limit) ? 0 : 1
  }'
