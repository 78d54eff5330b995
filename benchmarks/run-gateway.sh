#!/usr/bin/env bash
# Federation gateway speed: the Guild's gateway benchmark (its four subgraphs, served by tests/Platform.Federation.Subgraphs
# on our subgraph library, and its standard query) through Apollo Gateway, Hive Gateway and — once it exists — our
# gateway, each loaded by wrk over loopback. Everything binds to 127.0.0.1; Apollo and Hive report nothing anywhere.
# Knobs: DURATION (default 60s), WARMUP (10s), CONNECTIONS (50), THREADS (2), TIMEOUT (30s: wrk's own 2 s would drop the
# slow requests from the percentiles); SHORT=1 means DURATION=10s WARMUP=3s.
set -euo pipefail
cd "$(dirname "$0")"
bench_dir=$(pwd)
. lib/common.sh
ensure_wrk
repo_dir=$(cd .. && pwd)

if [ "${SHORT:-0}" = 1 ]; then DURATION="${DURATION:-10s}"; WARMUP="${WARMUP:-3s}"; fi
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-50}"
DURATION="${DURATION:-60s}"
WARMUP="${WARMUP:-10s}"
TIMEOUT="${TIMEOUT:-30s}"

subgraphs_project="$repo_dir/tests/Platform.Federation.Subgraphs"
platform_gateway_project="$repo_dir/gateway/Platform.Gateway"
dotnet build "$subgraphs_project" -c Release -v quiet -nologo
install_peers federation-gateways

# No Apollo key or graph ref (Apollo would report usage and pull schemas) and no Hive token (Hive would report usage).
unset APOLLO_KEY APOLLO_GRAPH_REF HIVE_TARGET HIVE_ACCESS_TOKEN HIVE_USAGE_ACCESS_TOKEN HIVE_TRACE_ACCESS_TOKEN \
  HIVE_REGISTRY_TOKEN HIVE_USAGE_TARGET HIVE_CDN_ENDPOINT HIVE_CDN_KEY OPENTELEMETRY OTEL_EXPORTER_OTLP_ENDPOINT
export APOLLO_TELEMETRY_DISABLED=1

start_work

free_port_run() {
  python3 - "$1" <<'PY'
import socket, sys
count = int(sys.argv[1])
for base in range(20000, 60000, 10):
    sockets = []
    try:
        for port in range(base, base + count):
            s = socket.socket(); s.bind(("127.0.0.1", port)); sockets.append(s)
    except OSError:
        continue
    finally:
        for s in sockets: s.close()
    print(base); break
PY
}

port_base=$(free_port_run 4)
dotnet "$subgraphs_project/bin/Release/net10.0/Platform.Federation.Subgraphs.dll" --set benchmark --host 127.0.0.1 \
  --port-base "$port_base" >"$work/subgraphs.log" 2>&1 &
pids+=($!)
for _ in $(seq 300); do grep -q '^ready ' "$work/subgraphs.log" && break; sleep 0.2; done
ready_line=$(grep '^ready ' "$work/subgraphs.log") || { cat "$work/subgraphs.log" >&2; exit 1; }
read -r -a services <<<"${ready_line#ready benchmark }"
node federation-gateways/compose.mjs "$work/supergraph.graphql" "${services[@]}"

declare -A urls
apollo_port=$(free_port)
node federation-gateways/apollo-gateway.mjs "$work/supergraph.graphql" "$apollo_port" >"$work/apollo.log" 2>&1 &
pids+=($!)
urls[apollo-gateway]="http://127.0.0.1:$apollo_port/graphql"

hive_port=$(free_port)
(cd "$work" && exec node "$bench_dir/federation-gateways/node_modules/@graphql-hive/gateway/dist/bin.js" supergraph \
  "$work/supergraph.graphql" --host 127.0.0.1 --port "$hive_port" --jit) >"$work/hive.log" 2>&1 &
pids+=($!)
urls[hive-gateway]="http://127.0.0.1:$hive_port/graphql"

gateways=(apollo-gateway hive-gateway)
# ---- platform gateway slot: runs gateway/Platform.Gateway once that project exists, over the same subgraphs. ----
if [ -f "$platform_gateway_project/Platform.Gateway.csproj" ]; then
  dotnet build "$platform_gateway_project" -c Release -v quiet -nologo
  platform_port=$(free_port)
  # Content root = the build output, as when deployed: its appsettings.json (log levels) applies, not the caller's folder.
  module_env=()
  for service in "${services[@]}"; do module_env+=("Gateway__Modules__${service%%=*}__Url=${service#*=}"); done
  env "${module_env[@]}" ASPNETCORE_ENVIRONMENT=Production Auth__SigningKey=benchmark-only-signing-key-0123456789abcdef \
    dotnet "$platform_gateway_project/bin/Release/net10.0/Platform.Gateway.dll" --urls "http://127.0.0.1:$platform_port" \
    --contentRoot "$platform_gateway_project/bin/Release/net10.0" \
    >"$work/platform-gateway.log" 2>&1 &
  pids+=($!)
  urls[platform-gateway]="http://127.0.0.1:$platform_port/graphql"
  gateways=(platform-gateway "${gateways[@]}")
else
  echo "platform gateway: skipped ($platform_gateway_project does not exist yet)"
fi
# ---- end of the platform gateway slot ----

for gateway in "${gateways[@]}"; do wait_for "${urls[$gateway]}" "$gateway"; done

body=$(python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read(), "operationName": "TestQuery"}))' \
  federation-gateways/benchmark-query.graphql)
post() { curl -sf -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' -d "$body" "$1"; }
post "${urls[apollo-gateway]}" >"$work/apollo-gateway.json"
for gateway in "${gateways[@]}"; do
  post "${urls[$gateway]}" >"$work/$gateway.json"
  python3 - "$work/apollo-gateway.json" "$work/$gateway.json" "$gateway" <<'PY'
import json, sys
expected, actual = (json.load(open(path)) for path in sys.argv[1:3])
if "errors" in actual or "errors" in expected or actual.get("data") != expected.get("data"):
    sys.exit(f"{sys.argv[3]} does not answer the benchmark query as Apollo Gateway does (or either has errors)")
PY
done
echo "all gateways give the same $(wc -c <"$work/apollo-gateway.json")-byte answer to the benchmark query"

declare -A results
for gateway in "${gateways[@]}"; do
  GRAPHQL_BODY="$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s wrk-graphql.lua "${urls[$gateway]}" >/dev/null
  line=$(GRAPHQL_BODY="$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" -s wrk-graphql.lua "${urls[$gateway]}" | grep '^RESULT')
  echo "$gateway: $line"
  results[$gateway]=$line
done

field() { sed -E "s/.*$2=([0-9.]+).*/\1/" <<<"${results[$1]}"; }
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), standard benchmark query, $(nproc) cores shared by wrk, the gateway and the subgraphs:"
echo
echo "| gateway | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
for gateway in "${gateways[@]}"; do
  echo "| $gateway | $(field "$gateway" rps) | $(field "$gateway" p50_ms) | $(field "$gateway" p95_ms) | $(field "$gateway" p99_ms) | $(field "$gateway" errors) |"
done
