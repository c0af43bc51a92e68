#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs every benchmark of issue 10 (bench/*.sh) one after the other and ends with their results as
# one Markdown table (what, compared with, goal, measured, A, B/A), ready for README's Benchmarks
# section, with the machine, its load and the date.
#
#   bench/run-all.sh [--short]
#
# --short is CI's smoke run of each (a few rounds, small loads; it proves the scripts work, its
# numbers mean little). A benchmark never fails on a number: the exit code says only whether every
# script ran.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --short) args+=(--short) ;;
    *) echo "run-all.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done

results=$(mktemp)
trap 'rm -f "$results"' EXIT
export SDSM_BENCH_RESULTS="$results"
load_before=$(bench_load)
failed=()
for script in cli app emulator-throughput check; do
  [ -x "$bench_root/bench/$script.sh" ] || continue
  echo "== bench/$script.sh ${args[*]}"
  "$bench_root/bench/$script.sh" "${args[@]}" || failed+=("$script.sh")
  echo
done

echo "## $(bench_machine), $(date -u '+%Y-%m-%d %H:%M UTC'), load average ${load_before% *} → $(bench_load | cut -d' ' -f1-2)"
echo
echo "| what (B) | compared with (A) | goal | B | A | B/A |"
echo "|---|---|---|---|---|---|"
awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "$results"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-all.sh: did not finish: ${failed[*]}" >&2
  exit 1
fi
