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

. lib/common.sh
scaled_run_knobs
ensure_wrk
quiet_peers
# Request logging off in every service (the AppHost runs them in Development, which logs at Information); the
# seeders' lines stay, so the log says how long generation took. (Names with dots: set through env, not export.)
log_levels=(Logging__LogLevel__Default=Warning Logging__LogLevel__Platform.Organization.Data.Seed=Information
  Logging__LogLevel__Platform.Volunteers.Data.Seed=Information Logging__LogLevel__Platform.Venues.Data.Seed=Information)
start_work

gateway_port=$(free_port); organization_port=$(free_port); volunteers_port=$(free_port); venues_port=$(free_port)
echo "starting the platform at scale $SCALE (volunteer share $VOLUNTEER_SHARE); the first run generates the data (minutes)"
start_scaled_apphost "${log_levels[@]}" -- \
  --scale "$SCALE" --volunteer-share "$VOLUNTEER_SHARE" --AppHost:DataDirectory="$DATA_DIR" \
  --AppHost:Gateway:Port="$gateway_port" --AppHost:Modules:organization:Port="$organization_port" \
  --AppHost:Modules:volunteers:Port="$volunteers_port" --AppHost:Modules:venues:Port="$venues_port"

declare -A urls
urls[platform-gateway]="http://127.0.0.1:$gateway_port/graphql"
apollo_port=$(free_port)
start_apollo "$apollo_port" \
  "organization=http://127.0.0.1:$organization_port/graphql" \
  "volunteers=http://127.0.0.1:$volunteers_port/graphql" \
  "venues=http://127.0.0.1:$venues_port/graphql"
urls[apollo-gateway]="http://127.0.0.1:$apollo_port/graphql"
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
  same_answers "$work/$query-apollo-gateway.json" "$work/$query-platform-gateway.json" "$query"
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
    line=$(wrk_result "${bodies[$query]}" "${urls[$gateway]}")
    echo "$query $gateway: $line"
    results[$query/$gateway]=$line
  done
done

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), scale $SCALE, volunteer share $VOLUNTEER_SHARE, SQLite files, $(nproc) cores shared by wrk, the gateway and three modules:"
echo
echo "| query | gateway | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
for query in hierarchy volunteer-stats; do
  for gateway in "${gateways[@]}"; do
    key="$query/$gateway"
    echo "| $query | $gateway | $(field "${results[$key]}" rps) | $(field "${results[$key]}" p50_ms) | $(field "${results[$key]}" p95_ms) | $(field "${results[$key]}" p99_ms) | $(field "${results[$key]}" errors) |"
  done
done
