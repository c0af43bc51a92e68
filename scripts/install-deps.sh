#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian/Ubuntu packages the build and the tests need, only those that are missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ clang-format clang libclang-rt-14-dev
  qt6-base-dev qt6-tools-dev qt6-svg-dev qtkeychain-qt6-dev libxkbcommon-dev
  # The desktop app reads fontconfig's configuration early (src/gui/fontconfigwarmup.h)
  libfontconfig-dev
  libssl-dev zlib1g-dev
  # Qt's own texts (standard buttons) in the translated windows the tests check
  qt6-translations-l10n
  gnome-keyring libsecret-1-0 dbus xvfb xauth openssl
  # The benchmarks (bench/): the keychain read and the token POST they are compared with
  libsecret-tools curl
  # Packaging and its review (scripts/package.sh), completion syntax checks (tst_docgen)
  dpkg-dev lintian appstream desktop-file-utils binutils man-db zsh fish
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
