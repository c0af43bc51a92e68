#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, checks formatting and runs every test
# headless (offscreen widgets, a throwaway D-Bus session with an unlocked gnome-keyring).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SDSM_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSDSM_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
"$root/scripts/check-format.sh"
exec "$root/scripts/with-test-keyring.sh" ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
