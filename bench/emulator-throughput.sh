#!/usr/bin/env bash
# Throughput and memory of santedb-auth-emulator under issue 10's load: 100k client_credentials
# token requests from 16 concurrent clients, a new connection per request, reported in rounds of
# 20k. The emulator should stay flat: the last round within 80 % of the first.
#
#   bench/emulator-throughput.sh [--short] [--requests N] [--round N] [--clients N]
#                                [--session-seconds N]
#
# --short is CI's smoke run (2,000 requests in rounds of 400). --session-seconds (default 3600,
# SanteDB's default session) decides how many sessions stay alive during the run. A benchmark,
# not a test: it prints numbers and never fails on them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SDSM_BUILD_DIR:-$root/build}"
requests=100000 round=20000 clients=16 session=3600
while [ $# -gt 0 ]; do
  case "$1" in
    --short) requests=2000 round=400 ;;
    --requests) requests="$2"; shift ;;
    --round) round="$2"; shift ;;
    --clients) clients="$2"; shift ;;
    --session-seconds) session="$2"; shift ;;
    *) echo "emulator-throughput.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done

[ -f "$build/CMakeCache.txt" ] ||
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target santedb-auth-emulator emulator-load >/dev/null

scratch=$(mktemp -d)
"$build/src/emulator/santedb-auth-emulator" --session-seconds "$session" >"$scratch/out" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do grep -q '^listening' "$scratch/out" && break; sleep 0.05; done
port=$(sed -n 's|^listening http://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$scratch/out")
[ -n "$port" ] || { echo "the emulator did not start" >&2; exit 1; }

echo "emulator: $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2) build, $(nproc) cores," \
     "$requests requests, $clients clients, rounds of $round, sessions of $session s"
"$build/bench/emulator-load" --port "$port" --requests "$requests" --clients "$clients" \
  --round "$round" --server-pid "$server"
