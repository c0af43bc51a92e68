#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Remakes README's screenshots (docs/screenshots/*.png) from the real app: each runs the demo on a
# virtual X server, waits for its first live session and saves one view, in a fixed Fusion palette
# so they do not depend on the desktop they were made on.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SDSM_BUILD_DIR:-$root/build}"
app="$build/src/gui/santedb-session-manager"
out="$root/docs/screenshots"
[ -x "$app" ] || { echo "build santedb-session-manager first ($app)" >&2; exit 1; }
mkdir -p "$out"

shot() { # file view palette
  xvfb-run -a -s "-screen 0 1280x800x24" \
    "$app" --demo --screenshot "$out/$1" --view "$2" --palette "$3" 2>/dev/null
  [ -s "$out/$1" ] || { echo "no screenshot for $1" >&2; exit 1; }
  echo "$out/$1"
}

shot main.png policies light
shot main-dark.png policies dark
shot claims.png claims light
shot editor.png editor light
shot mfa.png mfa light
shot check.png check light
