#!/usr/bin/env bash
# What the product's files cost on the hot path (issue 10 §2), each measured side by side in one
# run (A B A B …, medians):
#
#   cached `token`, 5,000 profiles        vs the same with 10 profiles          goal ≤ 1.2×
#   `profile list --json`, 5,000 profiles vs `santedb-session --version`        goal ≤ 5×
#   20 concurrent cached `token`          vs 20 concurrent `secret-tool lookup`  goal ≤ 3×
#
#   bench/storage.sh [--short] [--runs N]
#
# It runs in throwaway folders, inside its own D-Bus session and unlocked keyring
# (scripts/with-test-keyring.sh), against santedb-auth-emulator on 127.0.0.1. --short is CI's
# smoke run (3 rounds). A benchmark, not a test: it prints numbers and never fails on them.
set -euo pipefail
export LC_ALL=C # a decimal point in $EPOCHREALTIME
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${SDSM_TEST_KEYRING:-}" ]; then
  exec "$root/scripts/with-test-keyring.sh" "$0" "$@"
fi
build="${SDSM_BUILD_DIR:-$root/build}"
runs=15
while [ $# -gt 0 ]; do
  case "$1" in
    --short) runs=3 ;;
    --runs) runs="$2"; shift ;;
    *) echo "storage.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done

[ -f "$build/CMakeCache.txt" ] ||
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target santedb-session santedb-auth-emulator >/dev/null
cli="$build/src/cli/santedb-session"

scratch=$(mktemp -d)
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state"
"$build/src/emulator/santedb-auth-emulator" >"$scratch/emulator.out" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do grep -qs '^listening' "$scratch/emulator.out" && break; sleep 0.05; done
url=$(sed -n 's|^listening \(http://127\.0\.0\.1:[0-9]*\)$|\1|p' "$scratch/emulator.out")
[ -n "$url" ] || { echo "the emulator did not start" >&2; exit 1; }

# A profile file with the benchmarked profile among COUNT-1 others, its secrets stored and a
# session cached, so `token bench` is the cached path.
make_profiles() {
  local file=$1 count=$2 export="$scratch/others-$2.json"
  {
    printf '{"schema": 1, "profiles": [\n'
    for i in $(seq 2 "$count"); do
      [ "$i" -gt 2 ] && printf ',\n'
      printf '{"uuid": "%s", "name": "other-%d", "server": "https://mpi-%d.example:8443",' \
        "$(cat /proc/sys/kernel/random/uuid)" "$i" "$i"
      printf ' "client_id": "APP-%d", "device": {"mode": "secret", "id": "DEV-%d"},' "$i" "$i"
      printf ' "note": "one of many", "tags": ["bench"]}'
    done
    printf '\n]}\n'
  } >"$export"
  "$cli" --config "$file" profile import "$export" >/dev/null 2>&1
  "$cli" --config "$file" profile add bench --server "$url" --allow-http \
    --client-id EXAMPLE_APPLICATION --device-id EXAMPLE_DEVICE_NODE >/dev/null 2>&1
  printf %s '4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV' |
    "$cli" --config "$file" secret set bench client >/dev/null 2>&1
  printf %s 'qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a' |
    "$cli" --config "$file" secret set bench device >/dev/null 2>&1
  "$cli" --config "$file" token bench >/dev/null
}
small="$scratch/small.json" large="$scratch/large.json"
make_profiles "$small" 10
make_profiles "$large" 5000
have_secret_tool=$(command -v secret-tool || true) # libsecret-tools
[ -z "$have_secret_tool" ] ||
  printf %s 'a-keychain-value' | secret-tool store --label='storage bench' sdsm-bench lookup

# Seconds one run of "$@" takes, from bash's clock (no process of its own).
elapsed() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  local end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { print e - s }'
}
concurrently() {
  local pids=() n
  for n in $(seq 20); do "$@" >/dev/null 2>&1 & pids+=($!); done
  for n in "${pids[@]}"; do wait "$n" || { echo "failed: $*" >&2; exit 1; }; done
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# compare NAME GOAL -- A... -- B...: alternates A and B, prints both medians and B/A.
compare() {
  local name=$1 goal=$2 a=() b=() ta=() tb=() i
  shift 3
  while [ "$1" != -- ]; do a+=("$1"); shift; done
  shift
  b=("$@")
  "${a[@]}" >/dev/null 2>&1; "${b[@]}" >/dev/null 2>&1 # warm the caches
  for i in $(seq "$runs"); do
    ta+=("$(elapsed "${a[@]}")")
    tb+=("$(elapsed "${b[@]}")")
  done
  local ma mb
  ma=$(printf '%s\n' "${ta[@]}" | median)
  mb=$(printf '%s\n' "${tb[@]}" | median)
  awk -v n="$name" -v a="$ma" -v b="$mb" -v g="$goal" \
    'BEGIN { printf "%-52s %8.1f ms %8.1f ms %6.2fx   (goal %s)\n", n, b * 1000, a * 1000, b / a, g }'
}

echo "storage: $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2) build," \
     "$(nproc) cores, $runs rounds, medians"
printf '%-52s %11s %11s %7s\n' "measured (B) against (A)" "B" "A" "B/A"
compare "cached token, 5,000 profiles / 10 profiles" "≤ 1.2×" \
  -- "$cli" --config "$small" token bench -- "$cli" --config "$large" token bench
compare "profile list --json, 5,000 profiles / --version" "≤ 5×" \
  -- "$cli" --version -- "$cli" --config "$large" profile list --json
if [ -n "$have_secret_tool" ]; then
  compare "20 concurrent cached token / 20 secret-tool lookup" "≤ 3×" \
    -- concurrently secret-tool lookup sdsm-bench lookup \
    -- concurrently "$cli" --config "$small" token bench
else
  echo "20 concurrent cached token: skipped, secret-tool is not installed (libsecret-tools)"
fi
