#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `santedb-session check` against the plain way of trying many identities (issue 10 §1, §4),
# measured side by side in one run (A B A B …, medians):
#
#   `check --fresh` of 200 identities   vs a sequential curl loop over the same 200 token
#   requests, the server answering each in 200 ms              goal ≥ 8× faster (B/A ≤ 0.125)
#
#   bench/check.sh [--short] [--runs N] [--identities N] [--latency-ms N] [--jobs N]
#
# The identities are applications acting for one device (SanteDB 3.x: the device's Basic header
# vouches for each application, so an identity costs exactly one token request), imported with
# `profile import --csv --secrets-stdin` as an administrator provisions them; curl sends each the
# POST `check` sends. The emulator answers every request --latency-ms late (its --delay-ms). It
# runs in throwaway XDG folders, inside its own D-Bus session and unlocked keyring
# (scripts/with-test-keyring.sh), against santedb-auth-emulator on 127.0.0.1. --short is CI's
# smoke run (32 identities, 3 rounds). A benchmark, not a test: it prints numbers and never fails
# on them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_private_keyring "$@"
runs=5 identities=200 latency=200 jobs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --short) runs=3 identities=32 ;;
    --runs) runs="$2"; shift ;;
    --identities) identities="$2"; shift ;;
    --latency-ms) latency="$2"; shift ;;
    --jobs) jobs=(--jobs "$2"); shift ;;
    *) echo "check.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done
command -v curl >/dev/null || { echo "check.sh needs curl" >&2; exit 2; }

bench_build_targets santedb-session santedb-auth-emulator
cli="$bench_build/src/cli/santedb-session"
bench_isolate
config="$bench_scratch/profiles.json"

# Throwaway identities with throwaway secrets; they live only in this folder and the private
# keyring.
device_secret="bench-device-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
policies='"1.3.6.1.4.1.33349.3.1.5.9.2.1", "1.3.6.1.4.1.33349.3.1.5.9.2.1.0",
          "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"'
{
  printf '{"applications": [\n'
  for i in $(seq 0 $((identities - 1))); do
    [ "$i" -gt 0 ] && printf ',\n'
    printf '{"client_id": "APP-%d", "secret": "app-secret-%d", "policies": [%s]}' "$i" "$i" "$policies"
  done
  printf '],\n"devices": [{"device_id": "DEV", "secret": "%s", "policies": [%s]}]}\n' \
    "$device_secret" "$policies"
} >"$bench_scratch/identities.json"
bench_start_emulator --santedb-version 3 --delay-ms "$latency" \
  --identities "$bench_scratch/identities.json"
url=$bench_emulator_url

{
  echo "name,server,client_id,device_id,santedb_version,tag"
  for i in $(seq 0 $((identities - 1))); do echo "id-$i,$url,APP-$i,DEV,3,bench"; done
} >"$bench_scratch/devices.csv"
for i in $(seq 0 $((identities - 1))); do
  printf '{"name": "id-%d", "device": "%s"}\n' "$i" "$device_secret"
done | "$cli" --config "$config" profile import --csv "$bench_scratch/devices.csv" --secrets-stdin \
  >/dev/null 2>>"$bench_scratch/setup.log"

# The POST `check` sends for identity N (santedb-auth.md §4: 3.x, the device in Basic, the
# application's id in the form), in curl config files so no secret is on a command line.
mkdir "$bench_scratch/curl"
for i in $(seq 0 $((identities - 1))); do
  {
    echo "url = \"$url/auth/oauth2_token\""
    echo 'silent'
    echo 'fail'
    echo 'output = "/dev/null"'
    echo 'header = "Accept: application/json"'
    echo "user = \"DEV:$device_secret\""
    echo "data = \"grant_type=client_credentials&scope=%2A&client_id=APP-$i\""
  } >"$bench_scratch/curl/$i.conf"
done
chmod 600 "$bench_scratch"/curl/*.conf

curl_loop() {
  local i
  for i in $(seq 0 $((identities - 1))); do curl -K "$bench_scratch/curl/$i.conf" || return 1; done
}
check_all() { "$cli" --config "$config" check --tag bench --fresh --json "${jobs[@]}"; }

# Every identity must work, or the comparison means nothing.
check_all >/dev/null 2>"$bench_scratch/first.err" ||
  { echo "check failed before the benchmark:" >&2; cat "$bench_scratch/first.err" >&2; exit 1; }

echo "check: $(bench_machine), load $(bench_load); $(grep -m1 '^CMAKE_BUILD_TYPE' \
  "$bench_build/CMakeCache.txt" | cut -d= -f2) build, $identities identities, server latency" \
  "$latency ms, $runs rounds, medians"
bench_header
bench_compare "$runs" "check of $identities identities, server ${latency} ms" \
  "sequential curl loop, the same requests" "≥ 8× faster (≤ 0.125×)" \
  -- curl_loop -- check_all
echo "check: load $(bench_load) at the end"
