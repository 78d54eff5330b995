#!/usr/bin/env bash
# Server speed: Platform.GraphQL.AspNetCore (benchmarks/Platform.GraphQL.ServerBenchmark) against graphql-js 17.1.0
# with graphql-http and DataLoader (benchmarks/graphql-js-server) on the same schema and data, loaded by wrk over
# loopback. Both servers bind to 127.0.0.1. Knobs: THREADS, CONNECTIONS, DURATION, WARMUP.
set -euo pipefail
cd "$(dirname "$0")"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-50}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"

if ! command -v wrk >/dev/null; then
  as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
  $as_root apt-get install -y wrk || { $as_root apt-get update && $as_root apt-get install -y wrk; }
fi

dotnet build Platform.GraphQL.ServerBenchmark -c Release -v quiet -nologo
. lib/common.sh
install_peers graphql-js-server

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_ready() {
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$1/stats" >/dev/null && return 0
    sleep 0.2
  done
  echo "server on port $1 did not start" >&2
  exit 1
}

dotnet_port=$(free_port)
dotnet Platform.GraphQL.ServerBenchmark/bin/Release/net10.0/Platform.GraphQL.ServerBenchmark.dll \
  --urls "http://127.0.0.1:$dotnet_port" &
pids+=($!)
node_port=$(free_port)
node graphql-js-server/server.mjs "$node_port" &
pids+=($!)
wait_ready "$dotnet_port"
wait_ready "$node_port"

small='{"query":"{ hello }"}'
list='{"query":"{ units(first: 100) { id name venues { id name capacity } } }"}'

post() { curl -sf -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' -d "$2" "http://127.0.0.1:$1/graphql"; }
if [ "$(post "$dotnet_port" "$list")" != "$(post "$node_port" "$list")" ]; then
  echo "the two servers answer the list query differently" >&2
  exit 1
fi

declare -A results
for server in Platform.GraphQL graphql-js; do
  port=$dotnet_port; [ "$server" = graphql-js ] && port=$node_port
  for query in small list; do
    body=$small; [ "$query" = list ] && body=$list
    GRAPHQL_BODY="$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s wrk-graphql.lua "http://127.0.0.1:$port/graphql" >/dev/null
    line=$(GRAPHQL_BODY="$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s wrk-graphql.lua \
      "http://127.0.0.1:$port/graphql" | grep '^RESULT')
    echo "$server $query: $line"
    results["$server $query"]=$line
  done
  echo "$server DataLoader check (venue batches = list queries; one fewer when wrk cut a request off): $(curl -s "http://127.0.0.1:$port/stats")"
done

field() { sed -E "s/.*$2=([0-9.]+).*/\1/" <<<"${results[$1]}"; }
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), $(nproc) cores shared by wrk and the server:"
echo
echo "| query | server | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
for query in small list; do
  for server in Platform.GraphQL graphql-js; do
    key="$server $query"
    echo "| $query | $server | $(field "$key" rps) | $(field "$key" p50_ms) | $(field "$key" p95_ms) | $(field "$key" p99_ms) | $(field "$key" errors) |"
  done
done
