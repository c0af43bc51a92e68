#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# What the command line costs on its hot paths (issue 10 §2), each row measured side by side in one
# run (A B A B …, medians):
#
#   cached `token`                          vs `secret-tool lookup` (one keychain read)  goal ≤ 1.3×
#   `token --fresh`                         vs curl sending the same token POST          goal ≤ 2.0×
#   20 concurrent cached `token`            vs 20 concurrent `secret-tool lookup`        goal ≤ 3×
#   cached `token`, 5,000 profiles          vs the same with 10 profiles                 goal ≤ 1.2×
#   `profile list --json`, 5,000 profiles   vs `santedb-session --version`               goal ≤ 5×
#
# Two more rows show the floor under the keychain goals: a minimal Qt program (bench/
# keychainfloor.cpp) doing one QtKeychain read, and one QtKeychain write of a session-sized entry —
# what the CLI cannot go below while its secrets go through QtKeychain (security.md §28).
#
#   bench/cli.sh [--short] [--runs N]
#
# It runs in throwaway XDG folders, inside its own D-Bus session and unlocked keyring
# (scripts/with-test-keyring.sh), against santedb-auth-emulator on 127.0.0.1. --short is CI's
# smoke run (3 rounds). A benchmark, not a test: it prints numbers and never fails on them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_private_keyring "$@"
runs=15
while [ $# -gt 0 ]; do
  case "$1" in
    --short) runs=3 ;;
    --runs) runs="$2"; shift ;;
    *) echo "cli.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done
command -v secret-tool >/dev/null || { echo "cli.sh needs secret-tool (libsecret-tools)" >&2; exit 2; }
command -v curl >/dev/null || { echo "cli.sh needs curl" >&2; exit 2; }

bench_build_targets santedb-session santedb-auth-emulator keychain-floor
cli="$bench_build/src/cli/santedb-session" floor="$bench_build/bench/keychain-floor"
bench_isolate
bench_start_emulator
url=$bench_emulator_url

small="$bench_scratch/small.json" large="$bench_scratch/large.json"
bench_profiles "$small" 10 2>>"$bench_scratch/setup.log"
bench_profiles "$large" 5000 2>>"$bench_scratch/setup.log"
printf %s 'a-keychain-value' | secret-tool store --label='cli bench' sdsm-bench lookup
"$floor" write floor-read 2000

# The POST `token --fresh bench` sends (santedb-auth.md §4: 3.x, the device in Basic, the
# application's id in the form; the CLI has learned that this server refuses a client secret
# beside the device), given to curl in a config file so no secret is on a command line.
curl_config="$bench_scratch/curl.conf"
{
  echo "url = \"$url/auth/oauth2_token\""
  echo 'silent'
  echo 'fail'
  echo 'header = "Accept: application/json"'
  echo "user = \"EXAMPLE_DEVICE_NODE:$bench_device_secret\""
  echo 'data = "grant_type=client_credentials&scope=%2A&client_id=EXAMPLE_APPLICATION"'
} >"$curl_config"
chmod 600 "$curl_config"

echo "cli: $(bench_machine), load $(bench_load); $(grep -m1 '^CMAKE_BUILD_TYPE' "$bench_build/CMakeCache.txt" |
  cut -d= -f2) build, $runs rounds, medians"
bench_header
bench_compare "$runs" "cached token" "secret-tool lookup" "≤ 1.3×" \
  -- secret-tool lookup sdsm-bench lookup -- "$cli" --config "$small" token bench
bench_compare "$runs" "  floor: one QtKeychain read, minimal program" "secret-tool lookup" "-" \
  -- secret-tool lookup sdsm-bench lookup -- "$floor" read floor-read
bench_compare "$runs" "token --fresh" "curl, the same token POST" "≤ 2.0×" \
  -- curl -K "$curl_config" -- "$cli" --config "$small" token --fresh bench
bench_compare "$runs" "  floor: one QtKeychain write, minimal program" "curl, the same token POST" "-" \
  -- curl -K "$curl_config" -- "$floor" write floor-write 2000
bench_compare "$runs" "20 concurrent cached token" "20 concurrent secret-tool lookup" "≤ 3×" \
  -- bench_concurrently 20 secret-tool lookup sdsm-bench lookup \
  -- bench_concurrently 20 "$cli" --config "$small" token bench
bench_compare "$runs" "cached token, 5,000 profiles" "the same with 10 profiles" "≤ 1.2×" \
  -- "$cli" --config "$small" token bench -- "$cli" --config "$large" token bench
bench_compare "$runs" "profile list --json, 5,000 profiles" "santedb-session --version" "≤ 5×" \
  -- "$cli" --version -- "$cli" --config "$large" profile list --json
echo "cli: load $(bench_load) at the end"
