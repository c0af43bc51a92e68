#!/usr/bin/env bash
# `santedb-session check` against the plain way of trying many identities (issue 10 §1, §4),
# measured side by side in one run (A B A B …, medians):
#
#   a sequential curl loop over 200 token requests   vs   `check --all --fresh` of the same
#   200 identities, the server answering each request in 200 ms          goal ≥ 8× faster
#
#   bench/check.sh [--short] [--runs N] [--identities N] [--latency-ms N] [--jobs N]
#
# The identities are 200 applications acting for one device (SanteDB 3.x: the device's Basic
# header vouches for each application, so an identity costs exactly one token request), imported
# with `profile import --csv --secrets-stdin`; curl sends each the request `check` sends. The
# emulator answers every request --latency-ms late (its --delay-ms), on 127.0.0.1. It runs in
# throwaway folders, inside its own D-Bus session and unlocked keyring
# (scripts/with-test-keyring.sh). --short is CI's smoke run (32 identities, 3 rounds). A
# benchmark, not a test: it prints numbers and never fails on them.
set -euo pipefail
export LC_ALL=C # a decimal point in $EPOCHREALTIME
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${SDSM_TEST_KEYRING:-}" ]; then
  exec "$root/scripts/with-test-keyring.sh" "$0" "$@"
fi
build="${SDSM_BUILD_DIR:-$root/build}"
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

[ -f "$build/CMakeCache.txt" ] ||
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target santedb-session santedb-auth-emulator >/dev/null
cli="$build/src/cli/santedb-session"

scratch=$(mktemp -d)
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state"
config="$scratch/profiles.json"

# Throwaway secrets for throwaway identities; they live in this folder and the private keyring.
device_secret="bench-device-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
login_policies='"1.3.6.1.4.1.33349.3.1.5.9.2.1", "1.3.6.1.4.1.33349.3.1.5.9.2.1.0",
                "1.3.6.1.4.1.33349.3.1.5.9.2.1.0.0.1"'
{
  printf '{"applications": [\n'
  for i in $(seq 0 $((identities - 1))); do
    [ "$i" -gt 0 ] && printf ',\n'
    printf '{"client_id": "APP-%d", "secret": "app-secret-%d", "policies": [%s]}' \
      "$i" "$i" "$login_policies"
  done
  printf '],\n"devices": [{"device_id": "DEV", "secret": "%s", "policies": [%s]}]}\n' \
    "$device_secret" "$login_policies"
} >"$scratch/identities.json"

"$build/src/emulator/santedb-auth-emulator" --santedb-version 3 --delay-ms "$latency" \
  --identities "$scratch/identities.json" >"$scratch/emulator.out" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do grep -qs '^listening' "$scratch/emulator.out" && break; sleep 0.05; done
url=$(sed -n 's|^listening \(http://127\.0\.0\.1:[0-9]*\)$|\1|p' "$scratch/emulator.out")
[ -n "$url" ] || { echo "the emulator did not start" >&2; exit 1; }

# The profiles, provisioned the way an administrator would.
{
  echo "name,server,client_id,device_id,santedb_version,tag"
  for i in $(seq 0 $((identities - 1))); do echo "id-$i,$url,APP-$i,DEV,3,bench"; done
} >"$scratch/devices.csv"
for i in $(seq 0 $((identities - 1))); do
  printf '{"name": "id-%d", "device": "%s"}\n' "$i" "$device_secret"
done | "$cli" --config "$config" profile import --csv "$scratch/devices.csv" --secrets-stdin \
  >/dev/null 2>&1

# curl's requests: the token request `check` sends for each identity (3.x: the device in a Basic
# header, the application in the form), kept in files so no secret is on a command line.
printf 'Authorization: Basic %s\n' "$(printf 'DEV:%s' "$device_secret" | base64 -w0)" \
  >"$scratch/device-header"
mkdir "$scratch/forms"
for i in $(seq 0 $((identities - 1))); do
  printf 'grant_type=client_credentials&client_id=APP-%d&scope=%%2A' "$i" >"$scratch/forms/$i"
done

curl_loop() {
  local i
  for i in $(seq 0 $((identities - 1))); do
    curl -sSf -o /dev/null -H @"$scratch/device-header" \
      -H 'Content-Type: application/x-www-form-urlencoded' \
      --data-binary @"$scratch/forms/$i" "$url/auth/oauth2_token"
  done
}
check_all() { "$cli" --config "$config" check --tag bench --fresh --json "${jobs[@]}"; }

# Seconds one run of "$@" takes, from bash's clock (no process of its own).
elapsed() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  local end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { print e - s }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One check first: it fetches and caches the server's keys, and proves every identity works
# (a failing identity would make the comparison meaningless).
check_all >"$scratch/first.json" 2>"$scratch/first.err" ||
  { echo "check failed before the benchmark:" >&2; cat "$scratch/first.err" >&2; exit 1; }
curl_loop # warms the same path for curl

ta=() tb=()
for _ in $(seq "$runs"); do
  ta+=("$(elapsed curl_loop)")
  tb+=("$(elapsed check_all)")
done
ma=$(printf '%s\n' "${ta[@]}" | median)
mb=$(printf '%s\n' "${tb[@]}" | median)

echo "check: $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2) build," \
     "$(nproc) cores, $identities identities, server latency $latency ms, $runs rounds, medians"
awk -v n="$identities" -v a="$ma" -v b="$mb" 'BEGIN {
  printf "%-44s %9.0f ms\n", "sequential curl loop (A)", a * 1000
  printf "%-44s %9.0f ms\n", "check --all --fresh (B)", b * 1000
  printf "%-44s %9.1fx   (goal ≥ 8×)\n", "check is faster by A/B", a / b
}'
