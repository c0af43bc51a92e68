#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks with readelf that each ELF program given was built hardened (Release builds always are,
# see CMakeLists.txt): position-independent (PIE), full RELRO (a GNU_RELRO segment and immediate
# binding, BIND_NOW), the stack protector (__stack_chk_fail imported) and _FORTIFY_SOURCE (the
# checked __*_chk variants imported wherever a fortifiable libc function is). Prints one line of
# facts per program; exits 1 when one lacks any of them.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: check-hardening.sh PROGRAM..." >&2; exit 2; }
command -v readelf >/dev/null || { echo "check-hardening.sh: readelf is missing (binutils)" >&2; exit 1; }

# Functions glibc has a checked variant of, which a fortified build calls through __*_chk where the
# compiler cannot prove a call safe. As lintian (data/binaries/hardened-functions), memcpy, memmove,
# memset and their wide forms are left out: they stay unchecked whenever the sizes are unknown,
# fortified or not, so they tell nothing.
fortifiable='asprintf|confstr|dprintf|fgets|fgetws|fprintf|fread|fwprintf|getcwd|getdomainname|getgroups|gethostname|getlogin_r|gets|getwd|longjmp|mbsnrtowcs|mbsrtowcs|mbstowcs|mempcpy|poll|ppoll|pread|pread64|printf|ptsname_r|read|readlink|readlinkat|realpath|recv|recvfrom|snprintf|sprintf|stpcpy|stpncpy|strcat|strcpy|strncat|strncpy|swprintf|syslog|ttyname_r|vasprintf|vdprintf|vfprintf|vfwprintf|vprintf|vsnprintf|vsprintf|vswprintf|vsyslog|vwprintf|wcpcpy|wcpncpy|wcrtomb|wcscat|wcscpy|wcsncat|wcsncpy|wcsnrtombs|wcsrtombs|wcstombs|wctomb|wprintf'

failed=0
for program in "$@"; do
  header=$(readelf -hW "$program")
  segments=$(readelf -lW "$program")
  dynamic=$(readelf -dW "$program")
  symbols=$(readelf --dyn-syms -W "$program" | awk '$7 == "UND" { sub(/@.*/, "", $8); print $8 }')
  problems=()
  facts=()

  if grep -q 'Type: *DYN' <<<"$header" && grep -Eq 'FLAGS_1.*\bPIE\b' <<<"$dynamic"; then
    facts+=("PIE")
  else
    problems+=("not PIE")
  fi
  if grep -q 'GNU_RELRO' <<<"$segments" && grep -Eq '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*\bNOW\b' <<<"$dynamic"; then
    facts+=("full RELRO (GNU_RELRO + BIND_NOW)")
  else
    problems+=("no full RELRO (GNU_RELRO and BIND_NOW)")
  fi
  if grep -qx '__stack_chk_fail' <<<"$symbols"; then
    facts+=("stack protector")
  else
    problems+=("no stack protector (__stack_chk_fail)")
  fi
  checked=$(grep -Ec '^__[a-z0-9_]+_chk$' <<<"$symbols" || true)
  unchecked=$(grep -Ex "($fortifiable)" <<<"$symbols" | tr '\n' ' ' || true)
  if [ "$checked" -gt 0 ]; then
    facts+=("fortified ($checked __*_chk functions; unchecked imports: ${unchecked:-none})")
  elif [ -z "$unchecked" ]; then
    facts+=("fortify: no call left unchecked at compile time")
  else
    problems+=("not fortified: imports $unchecked and no __*_chk")
  fi

  if [ ${#problems[@]} -eq 0 ]; then
    echo "$(basename "$program"): ${facts[*]/%/;}"
  else
    echo "$(basename "$program"): NOT HARDENED: ${problems[*]/%/;}" >&2
    failed=1
  fi
done
exit "$failed"
