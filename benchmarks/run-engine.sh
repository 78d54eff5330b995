#!/usr/bin/env bash
# Engine speed against graphql-js on the same workload, in one run:
# BenchmarkDotNet for Platform.GraphQL, then benchmarks/graphql-js/bench.mjs for graphql-js 17.1.0.
set -euo pipefail
cd "$(dirname "$0")"

(cd graphql-js && npm install --no-audit --no-fund --silent)

dotnet run -c Release --project Platform.GraphQL.Benchmarks -- \
  --filter '*EngineBenchmarks*' --job medium --exporters markdown "$@"

echo
echo "graphql-js 17.1.0 on the same workload (node $(node --version)):"
BENCH_SECONDS="${BENCH_SECONDS:-5}" node graphql-js/bench.mjs
