# SPDX-License-Identifier: Apache-2.0
# shellcheck shell=bash
# Shared by the bench/*.sh scripts (sourced, not run): the Release build they measure, throwaway
# XDG folders, the emulator, and side-by-side timing (A B A B …, medians, B/A).
#
# Environment:
#   SDSM_BENCH_BUILD_DIR  the build measured (default <repository>/build-release, the folder
#                         scripts/package.sh builds; configured as a Release build when missing)
#   SDSM_BENCH_RESULTS    a file each compared row is appended to as tab-separated fields
#                         (what, compared with, goal, B, A, B/A), for bench/run-all.sh's table

export LC_ALL=C.UTF-8 # a decimal point in $EPOCHREALTIME and awk; English messages, UTF-8 names
bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_build="${SDSM_BENCH_BUILD_DIR:-$bench_root/build-release}"

# Builds TARGETS in the measured build folder, configuring it first when it does not exist.
bench_build_targets() {
  if [ ! -f "$bench_build/CMakeCache.txt" ]; then
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$bench_root" -B "$bench_build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DSDSM_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
  fi
  local target args=()
  for target in "$@"; do args+=(--target "$target"); done
  nice cmake --build "$bench_build" "${args[@]}" >/dev/null
}

# Runs the calling script again inside a private D-Bus session with a fresh unlocked keyring, so a
# benchmark never reads or writes the user's keychain.
bench_private_keyring() {
  if [ -z "${SDSM_TEST_KEYRING:-}" ]; then
    exec "$bench_root/scripts/with-test-keyring.sh" "$0" "$@"
  fi
}

# A throwaway folder in $bench_scratch holding XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME and
# XDG_CACHE_HOME, so the programs never see the user's profiles, state or history. Removed on exit
# together with every process started by bench_background.
bench_pids=()
bench_cleanup() {
  local pid
  for pid in "${bench_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${bench_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$bench_scratch"
}
bench_isolate() {
  bench_scratch=$(mktemp -d)
  trap bench_cleanup EXIT
  export XDG_CONFIG_HOME="$bench_scratch/config" XDG_DATA_HOME="$bench_scratch/data" \
    XDG_STATE_HOME="$bench_scratch/state" XDG_CACHE_HOME="$bench_scratch/cache"
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
}

# Starts "$@" in the background, stopped when the script ends.
bench_background() {
  "$@" &
  bench_pids+=($!)
}

# Starts santedb-auth-emulator with ARGS on a free port and sets bench_emulator_url and
# bench_emulator_pid.
bench_start_emulator() {
  local out="$bench_scratch/emulator-$RANDOM.out"
  bench_background "$bench_build/src/emulator/santedb-auth-emulator" "$@" >"$out"
  bench_emulator_pid=$!
  for _ in $(seq 200); do grep -qs '^listening' "$out" && break; sleep 0.05; done
  bench_emulator_url=$(sed -n 's|^listening \(http://127\.0\.0\.1:[0-9]*\)$|\1|p' "$out")
  [ -n "$bench_emulator_url" ] || { echo "the emulator did not start" >&2; exit 1; }
}

# What the numbers were measured on, and how busy the machine was.
bench_machine() {
  local cpu
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  echo "$(uname -n), ${cpu:-unknown CPU}, $(nproc) cores"
}
bench_load() { cut -d' ' -f1-3 /proc/loadavg; }

# Seconds one run of "$@" takes, from bash's clock (no process of its own). Output is discarded.
bench_elapsed() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
  local end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { print e - s }'
}

# N copies of "$@" at once; waits for all of them and fails when one fails.
bench_concurrently() {
  local n=$1 pids=() i status=0
  shift
  for i in $(seq "$n"); do "$@" >/dev/null 2>&1 & pids+=($!); done
  for i in "${pids[@]}"; do wait "$i" || status=1; done
  return $status
}

# Median of the numbers on standard input, one a line.
bench_median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bench_header() {
  printf '%-44s %-36s %10s %10s %7s  %s\n' "measured (B)" "compared with (A)" "B" "A" "B/A" "goal"
}

# bench_row WHAT AGAINST GOAL B A UNIT: prints one result (B and A in UNIT: "ms", "MiB", …) and
# appends it to $SDSM_BENCH_RESULTS.
bench_row() {
  local what=$1 against=$2 goal=$3 b=$4 a=$5 unit=$6 ratio
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (a > 0) ? b / a : 0 }')
  printf '%-44s %-36s %7.1f %-2s %7.1f %-2s %6s×  %s\n' "$what" "$against" "$b" "$unit" "$a" "$unit" \
    "$ratio" "$goal"
  [ -z "${SDSM_BENCH_RESULTS:-}" ] ||
    printf '%s\t%s\t%s\t%.1f %s\t%.1f %s\t%s×\n' "$what" "$against" "$goal" "$b" "$unit" "$a" "$unit" \
      "$ratio" >>"$SDSM_BENCH_RESULTS"
}

# bench_compare RUNS WHAT AGAINST GOAL -- A... -- B...: runs A and B once each to warm the caches,
# then alternately RUNS times each, and prints the medians in ms and B/A. Each run is timed by
# the command named in $bench_measure (default bench_elapsed), which prints seconds.
bench_compare() {
  local runs=$1 what=$2 against=$3 goal=$4 a=() b=() ta=() tb=() i
  shift 5
  while [ "$1" != -- ]; do a+=("$1"); shift; done
  shift
  b=("$@")
  local measure=${bench_measure:-bench_elapsed}
  $measure "${a[@]}" >/dev/null && $measure "${b[@]}" >/dev/null || exit 1
  for i in $(seq "$runs"); do
    ta+=("$($measure "${a[@]}")") || exit 1
    tb+=("$($measure "${b[@]}")") || exit 1
  done
  local ma mb
  ma=$(printf '%s\n' "${ta[@]}" | bench_median)
  mb=$(printf '%s\n' "${tb[@]}" | bench_median)
  bench_row "$what" "$against" "$goal" "$(awk -v v="$mb" 'BEGIN { print v * 1000 }')" \
    "$(awk -v v="$ma" 'BEGIN { print v * 1000 }')" ms
}

# The seed page's public example credentials, which the emulator knows.
bench_client_secret='4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV'
bench_device_secret='qlcEtboF-H5XdK4x1t-arL5GaG4svF9TkL5a'

# bench_profiles FILE COUNT: a profile file holding "bench" (the emulator at bench_emulator_url,
# its secrets in the keychain, a session cached, so `token bench` is the cached path) among
# COUNT-1 other profiles, made with the CLI in $bench_build.
bench_profiles() {
  local file=$1 count=$2 cli="$bench_build/src/cli/santedb-session" export="$bench_scratch/others-$2.json"
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
  "$cli" --config "$file" profile import "$export" >/dev/null
  "$cli" --config "$file" profile add bench --server "$bench_emulator_url" --allow-http \
    --client-id EXAMPLE_APPLICATION --device-id EXAMPLE_DEVICE_NODE >/dev/null
  printf %s "$bench_client_secret" | "$cli" --config "$file" secret set bench client >/dev/null
  printf %s "$bench_device_secret" | "$cli" --config "$file" secret set bench device >/dev/null
  "$cli" --config "$file" token bench >/dev/null
}
