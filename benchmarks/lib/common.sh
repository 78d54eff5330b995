# Shell pieces the benchmarks share (sourced from benchmarks/ by run-scale.sh, run-feed.sh, run-gateway.sh, run-server.sh):
# wrk, free ports, a work folder with the started processes stopped on exit, the AppHost with a scaled data set, Apollo
# Gateway over the same module processes (telemetry off, no key), answer checks, and wrk runs that yield one RESULT line.

ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    local as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
    $as_root apt-get install -y wrk || { $as_root apt-get update && $as_root apt-get install -y wrk; }
  fi
}

# scaled_run_knobs: the knobs run-scale.sh and run-feed.sh share, with their defaults (needs $repo_dir); SHORT=1 is a
# smoke run.
scaled_run_knobs() {
  if [ "${SHORT:-0}" = 1 ]; then DURATION="${DURATION:-5s}"; WARMUP="${WARMUP:-2s}"; CONNECTIONS="${CONNECTIONS:-4}"; fi
  SCALE="${SCALE:-1}"
  VOLUNTEER_SHARE="${VOLUNTEER_SHARE:-0.05}"
  DATA_DIR="${DATA_DIR:-$repo_dir/.data}"
  THREADS="${THREADS:-2}"
  CONNECTIONS="${CONNECTIONS:-20}"
  DURATION="${DURATION:-30s}"
  WARMUP="${WARMUP:-10s}"
  TIMEOUT="${TIMEOUT:-30s}"
}

# install_peers <folder>: npm ci there only when its lockfile is newer than the installed tree, then flush the disk.
# A fresh install writes thousands of files; the writeback that follows loaded the machine while the first gateway was
# measured (about a quarter of its throughput in one run).
install_peers() {
  if [ ! -f "$1/node_modules/.package-lock.json" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
    (cd "$1" && npm ci --no-audit --no-fund --silent)
  fi
  sync
}

# A work folder ($work) and the pids of what the script starts ($pids), stopped (TERM) and removed on exit.
start_work() {
  work=$(mktemp -d)
  pids=()
  trap stop_work EXIT
}

stop_work() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# No Apollo key or graph ref (Apollo would report usage and pull schemas), no OTLP export.
quiet_peers() {
  unset APOLLO_KEY APOLLO_GRAPH_REF OTEL_EXPORTER_OTLP_ENDPOINT
  export APOLLO_TELEMETRY_DISABLED=1
}

# start_scaled_apphost <env assignments…> -- <AppHost arguments…>: builds and starts the AppHost (log in
# $work/apphost.log), waits until the platform is up and prints how long that took and the seeders' lines.
start_scaled_apphost() {
  local assignments=()
  while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do assignments+=("$1"); shift; done
  shift
  dotnet build "$repo_dir/gateway/Platform.AppHost" -c Release -v quiet -nologo
  local started
  started=$(date +%s)
  env "${assignments[@]}" dotnet "$repo_dir/gateway/Platform.AppHost/bin/Release/net10.0/Platform.AppHost.dll" "$@" \
    >"$work/apphost.log" 2>&1 &
  local apphost=$!
  pids+=("$apphost")
  until grep -q '^The platform is up' "$work/apphost.log"; do
    if ! kill -0 "$apphost" 2>/dev/null; then tail -40 "$work/apphost.log" >&2; exit 1; fi
    sleep 1
  done
  echo "platform up after $(( $(date +%s) - started )) s"
  grep -E 'Seeded|already seeded' "$work/apphost.log" || true
}

# wait_for <url> <name>: until the gateway answers a query.
wait_for() {
  for _ in $(seq 300); do
    if curl -sf -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$1" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "$2 did not start at $1" >&2
  exit 1
}

# start_apollo <port> name=url…: composes the modules' SDL with @apollo/composition and starts Apollo Gateway over them
# (benchmarks/federation-gateways, installed here when needed); APOLLO_FORWARD_HEADERS names request headers it forwards.
start_apollo() {
  local port=$1; shift
  install_peers federation-gateways
  node federation-gateways/compose.mjs "$work/supergraph.graphql" "$@"
  node federation-gateways/apollo-gateway.mjs "$work/supergraph.graphql" "$port" >"$work/apollo.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$port/graphql" apollo-gateway
}

# same_answers <expected.json> <actual.json> <label>: both without errors and with equal data, or the script stops.
same_answers() {
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
expected, actual = (json.load(open(path)) for path in sys.argv[1:3])
if "errors" in actual or "errors" in expected or actual.get("data") != expected.get("data"):
    sys.exit(f"{sys.argv[3]}: the gateways' answers differ or carry errors:\n{json.dumps(actual)[:600]}\n{json.dumps(expected)[:600]}")
PY
}

# wrk_result <body> <url> [header]: a warm-up of $WARMUP, then $DURATION; prints wrk-graphql.lua's RESULT line.
wrk_result() {
  GRAPHQL_BODY="$1" GRAPHQL_HEADER="${3:-}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s wrk-graphql.lua "$2" >/dev/null
  GRAPHQL_BODY="$1" GRAPHQL_HEADER="${3:-}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" -s wrk-graphql.lua "$2" | grep '^RESULT'
}

# field <RESULT line> <name>: one figure of a RESULT line (rps, p50_ms, p95_ms, p99_ms, errors).
field() { sed -E "s/.*$2=([0-9.]+).*/\1/" <<<"$1"; }
