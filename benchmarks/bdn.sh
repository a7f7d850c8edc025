#!/usr/bin/env bash
# Runs MemoryAspire.Benchmarks (BenchmarkDotNet, in-process, Release) with the given BenchmarkDotNet arguments and prints
# its summary tables and the load average before and after. Used by context/run.sh and hostile-input/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build benchmarks/MemoryAspire.Benchmarks -c Release -nologo -v:q -clp:NoSummary >/dev/null
artifacts=$(mktemp -d /tmp/memoryaspire-bdn-XXXXXX)
trap 'rm -rf "$artifacts"' EXIT
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
dotnet benchmarks/MemoryAspire.Benchmarks/bin/Release/net10.0/MemoryAspire.Benchmarks.dll "$@" --artifacts "$artifacts" >"$artifacts/run.log" 2>&1 \
  || { cat "$artifacts/run.log" >&2; exit 1; }
echo
sed -n '/^| Type/,/^$/p;/^| Method/,/^$/p' "$artifacts/run.log"
grep '^// typical turn' "$artifacts/run.log" | head -1 || true
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
