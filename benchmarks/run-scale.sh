#!/usr/bin/env bash
# Speed on the scaled data set: the AppHost's modules (Organization, Volunteers, Venues) seeded with the synthetic
# province (--scale), behind our gateway and, as the peer in the same run, behind Apollo Gateway; wrk loads (a) the
# hierarchy query and (b) the volunteer-statistics query through each and reports requests/s and p50/p95/p99.
# The data is generated once into <DATA_DIR>/scale-<SCALE>[-volunteers-<SHARE>] and reused by later runs.
# Everything binds to 127.0.0.1; Apollo reports nothing anywhere (APOLLO_TELEMETRY_DISABLED=1, no APOLLO_KEY).
# Knobs: SCALE (default 1: Shandong-sized tree), VOLUNTEER_SHARE (0.05: the volunteers of the first 5 % of counties,
# each county complete), DATA_DIR (the repository's .data), DURATION (30s), WARMUP (10s), CONNECTIONS (20), THREADS (2),
# TIMEOUT (30s); SHORT=1 means DURATION=5s WARMUP=2s CONNECTIONS=4 (a smoke run).
set -euo pipefail
cd "$(dirname "$0")"
bench_dir=$(pwd)
repo_dir=$(cd .. && pwd)

if [ "${SHORT:-0}" = 1 ]; then DURATION="${DURATION:-5s}"; WARMUP="${WARMUP:-2s}"; CONNECTIONS="${CONNECTIONS:-4}"; fi
SCALE="${SCALE:-1}"
VOLUNTEER_SHARE="${VOLUNTEER_SHARE:-0.05}"
DATA_DIR="${DATA_DIR:-$repo_dir/.data}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-20}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"
TIMEOUT="${TIMEOUT:-30s}"

if ! command -v wrk >/dev/null; then
  as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
  $as_root apt-get install -y wrk || { $as_root apt-get update && $as_root apt-get install -y wrk; }
fi

dotnet build "$repo_dir/gateway/Platform.AppHost" -c Release -v quiet -nologo
(cd federation-gateways && npm ci --no-audit --no-fund --silent)

unset APOLLO_KEY APOLLO_GRAPH_REF OTEL_EXPORTER_OTLP_ENDPOINT
export APOLLO_TELEMETRY_DISABLED=1
# Request logging off in every service (the AppHost runs them in Development, which logs at Information); the
# seeders' lines stay, so the log says how long generation took. (Names with dots: set through env, not export.)
log_levels=(Logging__LogLevel__Default=Warning Logging__LogLevel__Platform.Organization.Data.Seed=Information
  Logging__LogLevel__Platform.Volunteers.Data.Seed=Information Logging__LogLevel__Platform.Venues.Data.Seed=Information)

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

gateway_port=$(free_port); organization_port=$(free_port); volunteers_port=$(free_port); venues_port=$(free_port)
echo "starting the platform at scale $SCALE (volunteer share $VOLUNTEER_SHARE); the first run generates the data (minutes)"
started=$(date +%s)
env "${log_levels[@]}" dotnet "$repo_dir/gateway/Platform.AppHost/bin/Release/net10.0/Platform.AppHost.dll" \
  --scale "$SCALE" --volunteer-share "$VOLUNTEER_SHARE" --AppHost:DataDirectory="$DATA_DIR" \
  --AppHost:Gateway:Port="$gateway_port" --AppHost:Modules:organization:Port="$organization_port" \
  --AppHost:Modules:volunteers:Port="$volunteers_port" --AppHost:Modules:venues:Port="$venues_port" \
  >"$work/apphost.log" 2>&1 &
apphost=$!
pids+=("$apphost")
until grep -q '^The platform is up' "$work/apphost.log"; do
  if ! kill -0 "$apphost" 2>/dev/null; then tail -40 "$work/apphost.log" >&2; exit 1; fi
  sleep 1
done
echo "platform up after $(( $(date +%s) - started )) s"
grep -E 'Seeded|already seeded' "$work/apphost.log" || true

declare -A urls
urls[platform-gateway]="http://127.0.0.1:$gateway_port/graphql"
node federation-gateways/compose.mjs "$work/supergraph.graphql" \
  "organization=http://127.0.0.1:$organization_port/graphql" \
  "volunteers=http://127.0.0.1:$volunteers_port/graphql" \
  "venues=http://127.0.0.1:$venues_port/graphql"
apollo_port=$(free_port)
node federation-gateways/apollo-gateway.mjs "$work/supergraph.graphql" "$apollo_port" >"$work/apollo.log" 2>&1 &
pids+=($!)
urls[apollo-gateway]="http://127.0.0.1:$apollo_port/graphql"
for _ in $(seq 300); do
  curl -sf -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "${urls[apollo-gateway]}" >/dev/null 2>&1 && break
  sleep 0.2
done
gateways=(platform-gateway apollo-gateway)

variables=$(python3 scale/pick-targets.py "${urls[platform-gateway]}")
echo "targets: $variables"
body_for() {
  python3 -c 'import json, sys; q = open(sys.argv[1]).read(); v = json.loads(sys.argv[2])
print(json.dumps({"query": q, "variables": {k: x for k, x in v.items() if "$" + k in q}}, ensure_ascii=False))' \
    "scale/$1.graphql" "$variables"
}
declare -A bodies
bodies[hierarchy]=$(body_for hierarchy)
bodies[volunteer-stats]=$(body_for volunteer-stats)

for query in hierarchy volunteer-stats; do
  for gateway in "${gateways[@]}"; do
    curl -sf -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' -d "${bodies[$query]}" "${urls[$gateway]}" \
      >"$work/$query-$gateway.json"
  done
  python3 - "$work/$query-apollo-gateway.json" "$work/$query-platform-gateway.json" "$query" <<'PY'
import json, sys
expected, actual = (json.load(open(path)) for path in sys.argv[1:3])
if "errors" in actual or "errors" in expected or actual.get("data") != expected.get("data"):
    sys.exit(f"{sys.argv[3]}: the gateways' answers differ or carry errors:\n{json.dumps(actual)[:600]}\n{json.dumps(expected)[:600]}")
PY
  echo "$query: both gateways give the same $(wc -c <"$work/$query-platform-gateway.json")-byte answer"
  if [ "$query" = volunteer-stats ]; then
    python3 - "$work/$query-platform-gateway.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["data"]
city, townships = data["city"], data["county"]["children"]
if city["registeredVolunteers"] == 0 or sum(t["registeredVolunteers"] for t in townships) == 0:
    sys.exit("volunteer-stats: the city's and the county's townships' figures are zero")
print(f"volunteer-stats: {city['name']} has {city['registeredVolunteers']} registered volunteers "
      f"({city['registeredVolunteerShare']:.3f} of its residents), {city['volunteersWithHours']} with hours")
PY
  fi
done

declare -A results
for query in hierarchy volunteer-stats; do
  for gateway in "${gateways[@]}"; do
    GRAPHQL_BODY="${bodies[$query]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s wrk-graphql.lua "${urls[$gateway]}" >/dev/null
    line=$(GRAPHQL_BODY="${bodies[$query]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" -s wrk-graphql.lua "${urls[$gateway]}" | grep '^RESULT')
    echo "$query $gateway: $line"
    results[$query/$gateway]=$line
  done
done

field() { sed -E "s/.*$2=([0-9.]+).*/\1/" <<<"${results[$1]}"; }
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), scale $SCALE, volunteer share $VOLUNTEER_SHARE, SQLite files, $(nproc) cores shared by wrk, the gateway and three modules:"
echo
echo "| query | gateway | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
for query in hierarchy volunteer-stats; do
  for gateway in "${gateways[@]}"; do
    key="$query/$gateway"
    echo "| $query | $gateway | $(field "$key" rps) | $(field "$key" p50_ms) | $(field "$key" p95_ms) | $(field "$key" p99_ms) | $(field "$key" errors) |"
  done
done
