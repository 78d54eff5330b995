#!/usr/bin/env bash
# Throughput of the public activity feed through the gateway on the scaled data set: the AppHost's modules seeded with
# the synthetic province (--scale; the Activities module writes 12–13 activities a year per center, institute and
# station), behind our gateway and, as the peer in the same run, behind Apollo Gateway over the same module processes.
# wrk loads (a) a media platform's first page of a city's feed with the organizer's and venue's names (a join with the
# Organization and Venues modules), (b) an incremental-sync page (updatedSince + after), (c) the first page again with
# an X-Media-Key header (a key configured with a per-minute limit far above what the run sends), and reports
# requests/s and p50/p95/p99 per query and gateway. Everything binds to 127.0.0.1; Apollo reports nothing anywhere.
# Knobs: SCALE (default 1), VOLUNTEER_SHARE (0.05: volunteers are not read here, so few are generated), DATA_DIR (the
# repository's .data), DURATION (30s), WARMUP (10s), CONNECTIONS (20), THREADS (2), TIMEOUT (30s); SHORT=1 means
# DURATION=5s WARMUP=2s CONNECTIONS=4 (a smoke run).
set -euo pipefail
cd "$(dirname "$0")"
repo_dir=$(cd .. && pwd)

. lib/common.sh
scaled_run_knobs
ensure_wrk
quiet_peers
start_work

# A media key for the run, known to the Activities module by its SHA-256 only, with a limit no run reaches.
media_key=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
media_key_sha=$(printf %s "$media_key" | sha256sum | cut -d' ' -f1)
settings=(Logging__LogLevel__Default=Warning Logging__LogLevel__Platform.Organization.Data.Seed=Information
  Logging__LogLevel__Platform.Venues.Data.Seed=Information Logging__LogLevel__Platform.Activities.Data.Seed=Information
  Activities__MediaKeys__0__Name=feed-benchmark Activities__MediaKeys__0__KeySha256="$media_key_sha"
  Activities__MediaKeys__0__PerMinute=100000000)

modules=(organization volunteers venues activities evaluation)
declare -A ports
module_ports=()
for module in "${modules[@]}"; do ports[$module]=$(free_port); module_ports+=(--AppHost:Modules:$module:Port="${ports[$module]}"); done
gateway_port=$(free_port)
echo "starting the platform at scale $SCALE (volunteer share $VOLUNTEER_SHARE); the first run generates the data (minutes)"
start_scaled_apphost "${settings[@]}" -- --scale "$SCALE" --volunteer-share "$VOLUNTEER_SHARE" \
  --AppHost:DataDirectory="$DATA_DIR" --AppHost:Gateway:Port="$gateway_port" "${module_ports[@]}"

declare -A urls
urls[platform-gateway]="http://127.0.0.1:$gateway_port/graphql"
apollo_port=$(free_port)
peers=()
for module in organization venues activities; do peers+=("$module=http://127.0.0.1:${ports[$module]}/graphql"); done
APOLLO_FORWARD_HEADERS=x-media-key start_apollo "$apollo_port" "${peers[@]}"
urls[apollo-gateway]="http://127.0.0.1:$apollo_port/graphql"
gateways=(platform-gateway apollo-gateway)

variables=$(python3 feed/pick-targets.py "${urls[platform-gateway]}")
echo "targets: $variables"
body_for() {
  python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": json.loads(sys.argv[2])}, ensure_ascii=False))' \
    "feed/$1.graphql" "$variables"
}
queries=(first-page sync-page first-page-with-key)
declare -A bodies headers
bodies[first-page]=$(body_for first-page)
bodies[sync-page]=$(body_for sync-page)
bodies[first-page-with-key]=${bodies[first-page]}
headers[first-page]=""
headers[sync-page]=""
headers[first-page-with-key]="X-Media-Key: $media_key"

for query in "${queries[@]}"; do
  for gateway in "${gateways[@]}"; do
    header_args=(); [ -z "${headers[$query]}" ] || header_args=(-H "${headers[$query]}")
    curl -sf -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' "${header_args[@]}" -d "${bodies[$query]}" \
      "${urls[$gateway]}" >"$work/$query-$gateway.json"
  done
  same_answers "$work/$query-apollo-gateway.json" "$work/$query-platform-gateway.json" "$query"
  echo "$query: both gateways give the same $(wc -c <"$work/$query-platform-gateway.json")-byte answer"
done
# The key is really checked behind both gateways: a wrong one is refused.
for gateway in "${gateways[@]}"; do
  curl -s -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' -H "X-Media-Key: not-$media_key" \
    -d "${bodies[first-page]}" "${urls[$gateway]}" | grep -q INVALID_MEDIA_KEY || { echo "$gateway does not forward X-Media-Key" >&2; exit 1; }
done
echo "both gateways forward X-Media-Key (an unknown key gets INVALID_MEDIA_KEY)"

declare -A results
for query in "${queries[@]}"; do
  for gateway in "${gateways[@]}"; do
    line=$(wrk_result "${bodies[$query]}" "${urls[$gateway]}" "${headers[$query]}")
    echo "$query $gateway: $line"
    results[$query/$gateway]=$line
  done
done

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), scale $SCALE, SQLite files, $(nproc) cores shared by wrk, the gateway and the modules:"
echo
echo "| query | gateway | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
for query in "${queries[@]}"; do
  for gateway in "${gateways[@]}"; do
    line=${results[$query/$gateway]}
    echo "| $query | $gateway | $(field "$line" rps) | $(field "$line" p50_ms) | $(field "$line" p95_ms) | $(field "$line" p99_ms) | $(field "$line" errors) |"
  done
done
