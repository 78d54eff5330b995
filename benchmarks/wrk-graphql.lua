-- wrk script for the benchmarks (run-server.sh, run-gateway.sh, run-scale.sh, run-feed.sh): POSTs the GraphQL request in $GRAPHQL_BODY and prints one RESULT line with
-- requests/s and latency percentiles (wrk's own report has no p95).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = os.getenv("GRAPHQL_BODY")
-- Optional extra request header "Name: value" (e.g. the feed's X-Media-Key).
local header = os.getenv("GRAPHQL_HEADER")
if header and header ~= "" then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format(
    "RESULT rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d errors=%d (non-2xx %d, timeout %d, socket %d)\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors, e.status, e.timeout, e.connect + e.read + e.write))
end
