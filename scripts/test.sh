#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds with warnings as errors, checks formatting and runs every test
# headless (offscreen widgets, a throwaway D-Bus session with an unlocked gnome-keyring) — then the
# same suite again built with AddressSanitizer and UndefinedBehaviorSanitizer, so a hostile server
# answer that corrupts memory fails the run instead of passing by luck — then the libFuzzer targets
# (scripts/fuzz.sh: seed corpora replayed, then a few minutes of fuzzing with a fixed seed) — and
# last the Linux packages from a Release build, checked like a distribution would (scripts/package.sh:
# lintian, AppStream, desktop entry, readelf hardening, install and removal of the .deb).
# Then the benchmarks run once in their short mode on that Release build (bench/run-all.sh --short,
# about two minutes): that proves they work, and never fails on a number.
# SDSM_SKIP_BENCH=1, SDSM_SKIP_SANITIZERS=1, SDSM_SKIP_FUZZ=1 and SDSM_SKIP_PACKAGING=1 skip those
# passes locally; CI (CI=true) refuses to skip any of them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SDSM_BUILD_DIR:-$root/build}"
jobs=$(nproc)

if [ "${CI:-}" = true ]; then
  for pass in BENCH SANITIZERS FUZZ PACKAGING; do
    skip="SDSM_SKIP_$pass"
    if [ "${!skip:-0}" = 1 ]; then
      echo "test.sh: $skip=1 is for local runs; CI runs every pass" >&2
      exit 1
    fi
  done
fi

"$root/scripts/install-deps.sh"
"$root/scripts/check-format.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSDSM_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" -j"$jobs"
"$root/scripts/with-test-keyring.sh" ctest --test-dir "$build" --output-on-failure -j"$jobs"

if [ "${SDSM_SKIP_SANITIZERS:-0}" != 1 ]; then
  cmake -S "$root" -B "$build-sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DSDSM_WARNINGS_AS_ERRORS=ON -DSDSM_SANITIZE=ON >/dev/null
  cmake --build "$build-sanitize" -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$root/scripts/with-test-keyring.sh" ctest --test-dir "$build-sanitize" --output-on-failure -j"$jobs"
fi

if [ "${SDSM_SKIP_FUZZ:-0}" != 1 ]; then
  "$root/scripts/fuzz.sh"
fi

if [ "${SDSM_SKIP_PACKAGING:-0}" != 1 ]; then
  "$root/scripts/package.sh"
else
  echo "test.sh: packaging checks skipped (SDSM_SKIP_PACKAGING=1)" >&2
fi

if [ "${SDSM_SKIP_BENCH:-0}" != 1 ]; then
  # The Release build package.sh made (bench/ builds it when packaging was skipped).
  SDSM_BENCH_BUILD_DIR="${SDSM_PACKAGE_BUILD_DIR:-$build-release}" "$root/bench/run-all.sh" --short
else
  echo "test.sh: benchmarks skipped (SDSM_SKIP_BENCH=1)" >&2
fi
