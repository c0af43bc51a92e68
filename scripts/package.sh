#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Linux packages from a Release build (hardened by default, tests off) and checks them
# as a distribution's reviewer would, failing on the first problem:
#   - lintian: no error and no warning (its full output is printed);
#   - Depends computed once (no package twice), Recommends as documented;
#   - appstreamcli validate --no-net, desktop-file-validate;
#   - readelf: every program PIE, full RELRO, stack protector, fortified (check-hardening.sh);
#   - man pages and changelog gzip -9n, man pages free of groff warnings; santedb-session's man
#     page and completions byte-identical to what sdsm-docgen writes from the command table now;
#   - the icons at their sizes; the .tar.gz (and .rpm where rpmbuild exists) hold the programs;
#   - install test: the .deb installed, the three programs' --version, the desktop app started on
#     Xvfb (--demo --screenshot), then removed leaving no file of the package behind.
#
#   SDSM_PACKAGE_BUILD_DIR  the Release build folder (default: <build>-release)
#   SDSM_PACKAGE_INSTALL    dpkg: install with dpkg -i and remove with dpkg --purge (needs root;
#                           the default in CI); extract: dpkg -x into a throw-away root and run
#                           the programs from there (the default elsewhere, so a developer's
#                           machine keeps its /usr untouched)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SDSM_PACKAGE_BUILD_DIR:-${SDSM_BUILD_DIR:-$root/build}-release}"
jobs=$(nproc)
mode="${SDSM_PACKAGE_INSTALL:-}"
if [ -z "$mode" ]; then
  if [ "$(id -u)" -eq 0 ] && [ "${CI:-}" = true ]; then mode=dpkg; else mode=extract; fi
fi

fail() { echo "package.sh: $*" >&2; exit 1; }
step() { echo "== $*"; }
for tool in lintian appstreamcli desktop-file-validate readelf dpkg-deb gzip man xvfb-run cmp od; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "Release build in $build"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSDSM_BUILD_TESTS=OFF \
  -DSDSM_WARNINGS_AS_ERRORS=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs"

step "cpack"
rm -rf "$build/packages"
(cd "$build" && cpack -B "$build/packages" >/dev/null)
deb=$(ls "$build"/packages/santedb-session-manager_*.deb)
package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
echo "$(basename "$deb")"

step "lintian"
# --fail-on error,warning: an info or pedantic remark is shown, not fatal.
if ! lintian --info --display-level '>=info' --fail-on error,warning "$deb" | tee "$work/lintian.txt"; then
  fail "lintian reported errors or warnings"
fi
[ -s "$work/lintian.txt" ] || echo "(lintian: no tags)"

step "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/ //g' | grep -v '^$')
duplicates=$(sort <<<"$names" | uniq -d)
[ -z "$duplicates" ] || fail "Depends names a package more than once: $duplicates"
for needed in libsecret-1-0 libqt6keychain1 libqt6svg6 libqt6widgets6 libssl3; do
  grep -qx "$needed" <<<"$names" || fail "Depends lacks $needed"
done
[ "$recommends" = "gnome-keyring | kwalletmanager, qt6-translations-l10n" ] ||
  fail "unexpected Recommends: $recommends"
[ -n "$(dpkg-deb -f "$deb" Description | sed -n '2p')" ] || fail "the extended description is empty"

stage="$work/stage"
dpkg-deb -x "$deb" "$stage"

step "AppStream and desktop entry"
appstreamcli validate --no-net --pedantic "$stage"/usr/share/metainfo/*.metainfo.xml
desktop=$(ls "$stage"/usr/share/applications/*.desktop)
desktop-file-validate "$desktop" | tee "$work/desktop.txt"
[ ! -s "$work/desktop.txt" ] || fail "desktop-file-validate found problems"
appid=$(basename "$desktop" .desktop)

step "hardening (readelf)"
"$root/scripts/check-hardening.sh" "$stage"/usr/bin/*

step "man pages, changelog, completions"
for gz in "$stage"/usr/share/man/man1/*.1.gz "$stage/usr/share/doc/$package/changelog.gz"; do
  gzip -t "$gz"
  # gzip -9n: no name flag (FLG bit 3) and no time stamp (MTIME bytes 4-7 all zero).
  read -r flags m1 m2 m3 m4 < <(od -An -tu1 -j3 -N5 "$gz")
  [ $((flags & 8)) -eq 0 ] && [ "$m1$m2$m3$m4" = 0000 ] || fail "$(basename "$gz") is not gzip -n"
done
for page in "$stage"/usr/share/man/man1/*.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || fail "groff warns about $(basename "$page"): $warnings"
  echo "$(basename "$page"): no groff warnings"
done
"$build/src/cli/sdsm-docgen" "$work/docs"
gzip -dc "$stage/usr/share/man/man1/santedb-session.1.gz" | cmp - "$work/docs/santedb-session.1"
cmp "$stage/usr/share/bash-completion/completions/santedb-session" "$work/docs/santedb-session"
cmp "$stage/usr/share/zsh/vendor-completions/_santedb-session" "$work/docs/_santedb-session"
cmp "$stage/usr/share/fish/vendor_completions.d/santedb-session.fish" "$work/docs/santedb-session.fish"
echo "installed man page and completions match the command table"

step "icons"
[ -f "$stage/usr/share/icons/hicolor/scalable/apps/$appid.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
  png="$stage/usr/share/icons/hicolor/${size}x${size}/apps/$appid.png"
  # PNG: width and height are the big-endian words at bytes 16 and 20 (IHDR).
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$png is ${w}x$h"
done
echo "hicolor: scalable + 16 22 24 32 48 64 128 256"

step "other packages"
tgz=$(ls "$build"/packages/santedb-session-manager-*.tar.gz)
tar -tzf "$tgz" >"$work/tgz.txt" # not piped into grep -q: its early exit would fail the pipe
grep -q '/bin/santedb-session$' "$work/tgz.txt" || fail "$(basename "$tgz") lacks bin/santedb-session"
echo "$(basename "$tgz")"
if command -v rpmbuild >/dev/null; then
  rpm=$(ls "$build"/packages/santedb-session-manager-*.rpm)
  rpm -qpl "$rpm" >"$work/rpm.txt"
  grep -qx /usr/bin/santedb-session "$work/rpm.txt" || fail "$(basename "$rpm") lacks /usr/bin/santedb-session"
  echo "$(basename "$rpm")"
else
  echo "no rpmbuild on this machine: no .rpm built"
fi

step "install test ($mode)"
if [ "$mode" = dpkg ]; then
  [ "$(id -u)" -eq 0 ] || fail "SDSM_PACKAGE_INSTALL=dpkg needs root"
  # A failing check below still leaves the machine without the package.
  trap 'dpkg --purge "$package" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  dpkg -i "$deb"
  bin=/usr/bin
  libs=""
else
  dpkg-deb -x "$deb" "$work/root"
  bin="$work/root/usr/bin"
  libs="$work/root/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"
fi
for program in santedb-session-manager santedb-session santedb-auth-emulator; do
  # No display: --version must not need one.
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LD_LIBRARY_PATH="$libs" "$bin/$program" --version)
  [[ $out == "$program $version"* ]] || fail "$program --version said: $out"
  echo "$out"
done
LD_LIBRARY_PATH="$libs" "$root/scripts/with-test-keyring.sh" xvfb-run -a -s "-screen 0 1280x800x24" \
  "$bin/santedb-session-manager" --demo --screenshot "$work/shot.png" 2>"$work/app.log" ||
  { cat "$work/app.log" >&2; fail "the installed app did not run"; }
grep -q '^demo: live session after' "$work/app.log" || { cat "$work/app.log" >&2; fail "no live session"; }
[ -s "$work/shot.png" ] || fail "the installed app saved no screenshot"
grep '^demo:' "$work/app.log"

if [ "$mode" = dpkg ]; then
  dpkg --purge "$package"
  ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed ||
    fail "$package is still installed"
  left=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' |
    while read -r file; do [ ! -e "$file" ] || echo "$file"; done)
  [ -z "$left" ] || fail "files left after dpkg --purge: $left"
  echo "removed: no file of the package is left"
else
  rm -rf "$work/root"
  [ ! -e "$work/root" ] || fail "the throw-away root could not be removed"
  echo "throw-away root removed"
fi
echo "package.sh: $(basename "$deb") passed every check"
