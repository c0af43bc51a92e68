#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in a build folder of their own, replays every committed seed corpus,
# then fuzzes each target with a fixed seed for a bounded number of runs. Any crash, leak,
# undefined behaviour or broken invariant fails the script; the input that caused it is kept in
# <build>/artifacts/.
#
#   SDSM_FUZZ_SECONDS  wall-clock budget for the fuzzing runs of all targets together (default 180,
#                      so build + replay + fuzzing stay within 4 minutes on CI)
#   SDSM_FUZZ_RUNS     maximum runs per target (default 1000000; the time budget usually ends first)
#   SDSM_FUZZ_SEED     libFuzzer -seed (default 1)
#   SDSM_FUZZ_TARGETS  space-separated subset of targets to run (default: all)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SDSM_FUZZ_BUILD_DIR:-${SDSM_BUILD_DIR:-$root/build}-fuzz}"
seconds="${SDSM_FUZZ_SECONDS:-180}"
runs="${SDSM_FUZZ_RUNS:-1000000}"
seed="${SDSM_FUZZ_SEED:-1}"

for tool in clang clang++; do
  command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DSDSM_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)"

read -r -a all <<<"$(tr '\n' ' ' <"$build/tests/fuzz/targets.txt")"
read -r -a targets <<<"${SDSM_FUZZ_TARGETS:-${all[*]}}"
artifacts="$build/artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"

# Leaks and undefined behaviour count as findings; symbolized stacks make them readable.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
common=(-rss_limit_mb=2048 -timeout=10 -max_len=16384 -print_final_stats=1)

failed=0
for name in "${targets[@]}"; do
  corpus="$root/tests/fuzz/corpus/$name"
  if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus")" ]; then
    echo "fuzz.sh: $name has no seed corpus in tests/fuzz/corpus/$name" >&2
    failed=1
    continue
  fi
  echo "== replay $name"
  if ! "$build/tests/fuzz/fuzz_$name" "${common[@]}" -runs=0 \
    -artifact_prefix="$artifacts/$name-" "$corpus" >"$work/$name-replay.log" 2>&1; then
    cat "$work/$name-replay.log" >&2
    failed=1
  fi
done
[ "$failed" = 0 ] || { echo "fuzz.sh: replaying the seed corpora failed" >&2; exit 1; }

per_target=$((seconds / ${#targets[@]}))
[ "$per_target" -ge 1 ] || per_target=1
for name in "${targets[@]}"; do
  echo "== fuzz $name (seed $seed, at most $runs runs or $per_target s)"
  # New inputs go to a scratch corpus; the committed one is only read.
  mkdir -p "$work/$name"
  if ! "$build/tests/fuzz/fuzz_$name" "${common[@]}" -seed="$seed" -runs="$runs" \
    -max_total_time="$per_target" -artifact_prefix="$artifacts/$name-" \
    "$work/$name" "$root/tests/fuzz/corpus/$name" >"$work/$name-fuzz.log" 2>&1; then
    tail -n 60 "$work/$name-fuzz.log" >&2
    failed=1
  else
    grep -E '^stat::number_of_executed_units' "$work/$name-fuzz.log" || true
  fi
done
[ "$failed" = 0 ] || { echo "fuzz.sh: fuzzing found a problem; inputs are in $artifacts" >&2; exit 1; }
echo "fuzz.sh: no findings"
