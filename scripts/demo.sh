#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, and starts the desktop app on its embedded default: a local
# SanteDB 3.x and 2.x emulator, demo profiles and a live session (santedb-session-manager --demo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SDSM_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" -j"$(nproc)" --target santedb-session-manager santedb-session santedb-auth-emulator

app="$build/src/gui/santedb-session-manager"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" --demo "$@"
fi
# No display (a server or a container): run the demo on a virtual one and keep a screenshot.
shot="${TMPDIR:-/tmp}/santedb-session-manager-demo.png"
echo "no display: running the demo on a virtual X server; a screenshot goes to $shot" >&2
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --screenshot "$shot" "$@"
echo "screenshot: $shot" >&2
