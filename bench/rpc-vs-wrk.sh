#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# JSON-RPC throughput side by side, same node, same run: wrk (a raw HTTP load generator
# POSTing one fixed JSON-RPC body) against `seismic-cli bench rpc` with batching off and on,
# for eth_blockNumber and eth_call, at the same concurrency.
#
#   bench/rpc-vs-wrk.sh [--requests N] [--concurrency C] [--duration S] [--url URL]
#
# Without --url it starts its own anvil on a free 127.0.0.1 port and stops it on exit.
# Environment: SEISMIC_CLI (default build/bin/seismic-cli), ANVIL (default: the devnet's npm
# copy), WRK_THREADS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

requests=200000
concurrency=64
duration=10
url=""
cli=${SEISMIC_CLI:-build/bin/seismic-cli}
anvil=${ANVIL:-tests/devnet/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil}
wrk_threads=${WRK_THREADS:-2}

while (($#)); do
    case "$1" in
    --requests) requests=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    *) echo "rpc-vs-wrk: unknown option $1" >&2; exit 2 ;;
    esac
done

command -v wrk >/dev/null || { echo "rpc-vs-wrk: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -x "$cli" ] || { echo "rpc-vs-wrk: $cli not found; run scripts/build first" >&2; exit 2; }

work=$(mktemp -d)
anvil_pid=""
cleanup() {
    if [ -n "$anvil_pid" ]; then
        kill "$anvil_pid" 2>/dev/null || true
        wait "$anvil_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

rpc() { curl -s -m 2 -X POST -H 'Content-Type: application/json' --data "$2" "$1"; }

if [ -z "$url" ]; then
    [ -x "$anvil" ] || { echo "rpc-vs-wrk: no anvil at $anvil (run scripts/setup, or set ANVIL)" >&2; exit 2; }
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$anvil" --host 127.0.0.1 --port "$port" --silent >"$work/anvil.log" 2>&1 &
    anvil_pid=$!
    url="http://127.0.0.1:$port"
    for _ in $(seq 100); do
        rpc "$url" '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' | grep -q result && break
        sleep 0.1
    done
fi
rpc "$url" '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' | grep -q result ||
    { echo "rpc-vs-wrk: no JSON-RPC node answers at $url" >&2; exit 1; }

# "785.00us" / "1.25ms" / "1.02s" -> milliseconds
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000;
        printf "%.3f", n }'
}

declare -A body
body[eth_blockNumber]='{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}'
body[eth_call]='{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{"to":"0x0000000000000000000000000000000000000004","data":"0x"},"latest"]}'

rows=()
row() { rows+=("$(printf '%-16s %-34s %12s %9s %9s %9s %8s' "$@")"); }

for method in eth_blockNumber eth_call; do
    cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '${body[$method]}'
LUA
    wrk_out=$(wrk -t"$wrk_threads" -c"$concurrency" -d"${duration}s" --latency -s "$work/post.lua" "$url")
    wrk_rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$wrk_out")
    wrk_p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$wrk_out")")
    wrk_p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' <<<"$wrk_out")")
    wrk_p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$wrk_out")")
    row "$method" "wrk -t$wrk_threads -c$concurrency" "$wrk_rps" "$wrk_p50" "$wrk_p90" "$wrk_p99" "100%"

    for batching in off on; do
        n=$requests
        [ "$batching" = on ] && n=$((requests * 3))
        ours=$("$cli" bench rpc --url "$url" --method "$method" --requests "$n" \
            --concurrency "$concurrency" --batching "$batching")
        rps=$(awk '/^requests\/second:/ { print $2 }' <<<"$ours")
        p50=$(awk '/^latency ms:/ { print $4 }' <<<"$ours")
        p90=$(awk '/^latency ms:/ { print $6 }' <<<"$ours")
        p99=$(awk '/^latency ms:/ { print $8 }' <<<"$ours")
        errors=$(awk '/^errors:/ { print $2 }' <<<"$ours")
        [ "$errors" = 0 ] || echo "rpc-vs-wrk: $method with batching $batching had $errors errors" >&2
        ratio=$(awk -v a="$rps" -v b="$wrk_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
        row "$method" "seismic-cli -c$concurrency batching $batching" "$rps" "$p50" "$p90" "$p99" "$ratio"
    done
done

echo "JSON-RPC against $url ($(nproc) CPUs, concurrency $concurrency; wrk ${duration}s, seismic-cli $requests calls, x3 with batching)"
printf '%-16s %-34s %12s %9s %9s %9s %8s\n' method client "requests/s" "p50 ms" "p90 ms" "p99 ms" "vs wrk"
printf '%s\n' "${rows[@]}"
