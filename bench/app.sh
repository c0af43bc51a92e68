#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The desktop app's start-up and memory (issue 10 §2), side by side with a minimal Qt Widgets
# main window (bench/minimalwindow.cpp) in one run (A B A B …, medians):
#
#   app first window, 20 profiles      vs the minimal window   goal ≤ 1.3×
#   app first window, 1,000 profiles   vs the minimal window   goal ≤ 1.5×
#   app idle RSS, 1,000 profiles       vs the minimal window   goal ≤ 1.5×
#
#   bench/app.sh [--short] [--runs N]
#
# "First window" is the time from starting the program to the end of its first paint; "idle RSS"
# its resident memory 3 s after that. Both come from bench/firstpaintprobe.cpp, a Qt plugin loaded
# into either program, on a private Xvfb display, in throwaway XDG folders, inside its own D-Bus
# session and unlocked keyring. --short is CI's smoke run (3 rounds). A benchmark, not a test.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_private_keyring "$@"
runs=15 rss_runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --short) runs=3 rss_runs=1 ;;
    --runs) runs="$2"; shift ;;
    *) echo "app.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done
command -v Xvfb >/dev/null || { echo "app.sh needs Xvfb (xvfb)" >&2; exit 2; }

bench_build_targets santedb-session santedb-auth-emulator santedb-session-manager minimal-window \
  sdsmfirstpaint
app="$bench_build/src/gui/santedb-session-manager" minimal="$bench_build/bench/minimal-window"
bench_isolate
bench_start_emulator
some="$bench_scratch/20.json" many="$bench_scratch/1000.json"
bench_profiles "$some" 20 2>>"$bench_scratch/setup.log"
bench_profiles "$many" 1000 2>>"$bench_scratch/setup.log"

# A display of its own, so the numbers do not depend on the desktop the script is started from.
mkfifo "$bench_scratch/display"
exec {displayfd}<>"$bench_scratch/display" # read-write: opening does not wait for Xvfb
bench_background Xvfb -displayfd "$displayfd" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1
display=
# Up to 30 s: a run-all once found Xvfb still starting after 10 s on the 2-core VM.
for _ in $(seq 300); do read -r -t 0.1 display <&"$displayfd" && break; done
[ -n "$display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb
export QT_PLUGIN_PATH="$bench_build/bench/plugins" QT_QPA_GENERIC_PLUGINS=sdsmfirstpaint

# Seconds from starting "$@" to the end of its first paint.
first_paint() {
  local out="$bench_scratch/probe.out" start=$EPOCHREALTIME painted
  timeout 60 "$@" >/dev/null 2>"$out" || { echo "failed: $*" >&2; cat "$out" >&2; return 1; }
  painted=$(sed -n 's/^first-paint //p' "$out")
  [ -n "$painted" ] || { echo "no first paint from $*" >&2; return 1; }
  awk -v s="$start" -v e="$painted" 'BEGIN { print e - s }'
}
# Resident MiB of "$@" idling 3 s after its first paint.
idle_rss() {
  local out="$bench_scratch/probe.out" rss
  SDSM_BENCH_RSS_AFTER_MS=3000 timeout 60 "$@" >/dev/null 2>"$out" || { echo "failed: $*" >&2; return 1; }
  rss=$(sed -n 's/^rss //p' "$out")
  [ -n "$rss" ] || { echo "no memory figure from $*" >&2; return 1; }
  echo "$rss"
}

echo "app: $(bench_machine), load $(bench_load); $(grep -m1 '^CMAKE_BUILD_TYPE' "$bench_build/CMakeCache.txt" |
  cut -d= -f2) build, Xvfb, $runs rounds, medians"
bench_header
bench_measure=first_paint bench_compare "$runs" "app first window, 20 profiles" \
  "a minimal Qt Widgets main window" "≤ 1.3×" -- "$minimal" -- "$app" --config "$some"
bench_measure=first_paint bench_compare "$runs" "app first window, 1,000 profiles" \
  "a minimal Qt Widgets main window" "≤ 1.5×" -- "$minimal" -- "$app" --config "$many"
ra=() rb=()
for _ in $(seq "$rss_runs"); do
  ra+=("$(idle_rss "$minimal")")
  rb+=("$(idle_rss "$app" --config "$many")")
done
bench_row "app idle RSS, 1,000 profiles" "a minimal Qt Widgets main window" "≤ 1.5×" \
  "$(printf '%s\n' "${rb[@]}" | bench_median)" "$(printf '%s\n' "${ra[@]}" | bench_median)" MiB
echo "app: load $(bench_load) at the end"
