#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Throughput and memory of santedb-auth-emulator under issue 10's load — 100k client_credentials
# token requests from 16 concurrent clients, a new connection per request, in rounds of 20k — side
# by side with node-oidc-provider (npm) under the same load: the two servers run together and take
# the rounds in turn (emulator round 1, node round 1, emulator round 2, …), each keeping the
# sessions it issued. Goals: the emulator's last round within 80 % of its first (flat), and at
# least node-oidc-provider's throughput (≥ 1.0×).
#
#   bench/emulator-throughput.sh [--short] [--requests N] [--round N] [--clients N]
#                                [--session-seconds N] [--no-node]
#
# --short is CI's smoke run (2,000 requests in rounds of 400). --session-seconds (default 3600,
# SanteDB's default session) decides how many sessions stay alive during the run. node-oidc-provider
# is installed on first use with npm into bench/oidc-provider/node_modules (git-ignored); without
# node, npm or the registry the comparison is skipped and the script says so. A benchmark, not a
# test: it prints numbers and never fails on them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
requests=100000 round=20000 clients=16 session=3600 node=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --short) requests=2000 round=400 ;;
    --requests) requests="$2"; shift ;;
    --round) round="$2"; shift ;;
    --clients) clients="$2"; shift ;;
    --session-seconds) session="$2"; shift ;;
    --no-node) node=no ;;
    *) echo "emulator-throughput.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done

bench_build_targets santedb-auth-emulator emulator-load
bench_isolate
bench_start_emulator --session-seconds "$session"
emulator_port=${bench_emulator_url##*:} emulator_pid=$bench_emulator_pid

node_port='' node_pid='' oidc="$bench_root/bench/oidc-provider"
if [ "$node" = yes ]; then
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node-oidc-provider: skipped, node or npm is not installed"
  elif [ ! -d "$oidc/node_modules/oidc-provider" ] &&
    ! (cd "$oidc" && timeout 120 npm install --no-audit --no-fund --silent --fetch-retries=1 \
      --fetch-timeout=20000 >/dev/null 2>&1); then
    echo "node-oidc-provider: skipped, npm could not install it (is the registry reachable?)"
  else
    bench_background node "$oidc/server.mjs" >"$bench_scratch/node.out" 2>"$bench_scratch/node.err"
    node_pid=$!
    for _ in $(seq 200); do grep -qs '^listening' "$bench_scratch/node.out" && break; sleep 0.05; done
    node_port=$(sed -n 's|^listening http://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$bench_scratch/node.out")
    [ -n "$node_port" ] || { echo "node-oidc-provider did not start:" >&2; cat "$bench_scratch/node.err" >&2; exit 1; }
    echo "node-oidc-provider $(node -p "require('$oidc/node_modules/oidc-provider/package.json').version"), node $(node --version)"
  fi
fi

# One round against a server: prints "requests/s RSS-MiB failures".
one_round() {
  local port=$1 pid=$2 kind=$3
  "$bench_build/bench/emulator-load" --port "$port" --requests "$round" --clients "$clients" \
    --round "$round" --server-pid "$pid" --server "$kind" |
    sed -n 's|.* = \([0-9]*\) requests/s.*server RSS \([-0-9.]*\) MiB, failures so far \([0-9]*\)$|\1 \2 \3|p'
}

echo "emulator-throughput: $(bench_machine), load $(bench_load); $(grep -m1 '^CMAKE_BUILD_TYPE' \
  "$bench_build/CMakeCache.txt" | cut -d= -f2) build, $requests requests per server, $clients clients," \
  "rounds of $round, sessions of $session s"
printf '%-6s %22s %22s %8s\n' round "emulator req/s (RSS)" "node req/s (RSS)" "ratio"
rounds=$(((requests + round - 1) / round))
first_e='' last_e='' e_all=() n_all=() failures=0
for r in $(seq "$rounds"); do
  read -r e_rate e_rss e_fail < <(one_round "$emulator_port" "$emulator_pid" santedb)
  failures=$((failures + e_fail))
  n_rate=0 n_rss=0
  if [ -n "$node_port" ]; then
    read -r n_rate n_rss n_fail < <(one_round "$node_port" "$node_pid" oidc-provider)
    failures=$((failures + n_fail))
  fi
  e_all+=("$e_rate") n_all+=("$n_rate")
  [ -n "$first_e" ] || first_e=$e_rate
  last_e=$e_rate
  awk -v r="$r" -v e="$e_rate" -v er="$e_rss" -v n="$n_rate" -v nr="$n_rss" 'BEGIN {
    node = "-"; ratio = "-"
    if (n > 0) { node = sprintf("%d (%5.1f MiB)", n, nr); ratio = sprintf("%.2f×", e / n) }
    printf "%-6s %9d (%5.1f MiB) %22s %8s\n", r, e, er, node, ratio }'
done
[ "$failures" -eq 0 ] || echo "emulator-throughput: $failures requests failed" >&2
bench_row "emulator, last round / first round" "its own first round" "≥ 0.80×" "$last_e" "$first_e" "r/s"
if [ -n "$node_port" ]; then
  e_med=$(printf '%s\n' "${e_all[@]}" | bench_median)
  n_med=$(printf '%s\n' "${n_all[@]}" | bench_median)
  bench_row "emulator, $requests token requests" "node-oidc-provider, same load" "≥ 1.0×" "$e_med" "$n_med" "r/s"
fi
echo "emulator-throughput: load $(bench_load) at the end"
