#!/usr/bin/env bash
# ContextAssembler.Assemble with a warm cache (inputs already loaded: hybrid plan, 8 facts, a ~150-word summary, 3 recall
# hits, 15 messages, a new message; and the same under a budget that forces drops) and TokenCounter.Count on 1 and 32 KiB.
# BenchmarkDotNet, in-process, one call per iteration so P50/P95/P99 are per call. About a minute on 2 cores.
# Usage: benchmarks/context/run.sh [BenchmarkDotNet arguments]   (default: --filter '*')
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build benchmarks/MemoryAspire.Benchmarks -c Release -nologo -v:q -clp:NoSummary >/dev/null
artifacts=$(mktemp -d /tmp/memoryaspire-bdn-XXXXXX)
trap 'rm -rf "$artifacts"' EXIT
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
(($# == 0)) && set -- --filter '*'
dotnet benchmarks/MemoryAspire.Benchmarks/bin/Release/net10.0/MemoryAspire.Benchmarks.dll "$@" --artifacts "$artifacts" >"$artifacts/run.log" 2>&1 \
  || { cat "$artifacts/run.log" >&2; exit 1; }
echo
sed -n '/^| Type/,/^$/p' "$artifacts/run.log"
grep '^// typical turn' "$artifacts/run.log" | head -1
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg); target: Assemble p99 < 2 ms."
