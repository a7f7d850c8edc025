#!/usr/bin/env bash
# Retention sweep under chat traffic: the load driver's topology (real Redis, PostgreSQL, ChatApi, MemoryWorker, Web) with
# 1,000,000 expired rows seeded (500,000 messages, 500,000 facts), one paced chat window from the load driver's chat loop,
# and the engine's RetentionSweep started 20 s into it. Prints rows/s and chat latency with and without the sweep.
# Usage: benchmarks/retention/run.sh [--rows 1000000] [--users 16] [--rate 16] [--before 30] [--duration 120] [--batch 5000] [--replicas 1] [--max-rows-per-second N] [--statements] [--probe] [--pg name=value]
set -euo pipefail
cd "$(dirname "$0")/../.."

scripts/install-prerequisites.sh >/dev/null
dotnet build benchmarks/retention -c Release -nologo -v:q -clp:NoSummary >/dev/null
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
dotnet benchmarks/retention/bin/Release/net10.0/MemoryAspire.Retention.Benchmark.dll "$@" 2>/dev/null | grep -E '^(\||$|Retention|WAL|Active|PostgreSQL|Chat|Probe)'
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
