#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a C++ file differs from .clang-format (clang-format 14, as in CI), or when a source
# file lacks its SPDX licence identifier.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
clang-format --dry-run --Werror "${files[@]}"

mapfile -t sources < <(git ls-files '*.cpp' '*.h' '*.mjs' '*.sh' '*.py' '*.cmake' '*.yml' \
  'CMakeLists.txt' '*/CMakeLists.txt' '*.ui' '*.qrc' '*.svg' '*.desktop.in' '*.xml.in' '.ci/run')
# Any identifier counts: the AppStream metadata is CC0-1.0 by that format's rule.
unlicensed=$(grep -L 'SPDX-License-Identifier: ' "${sources[@]}" || true)
if [ -n "$unlicensed" ]; then
  echo "check-format.sh: these files lack an SPDX-License-Identifier line:" >&2
  echo "$unlicensed" >&2
  exit 1
fi
