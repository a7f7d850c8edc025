#!/usr/bin/env bash
# End-to-end chat turns through ChatApi with an instant model: the whole AppHost topology (real Redis, PostgreSQL,
# ChatApi, MemoryWorker, Web) started by the load driver through the testing builder, 64 users chatting with no think
# time, each with its own token and session (capacity), then the same users paced to a fixed rate below it (latency).
# Prints turns/s, latency and memory overhead (latency minus the model server's own time per request), errors, the memory
# job backlog and the CPU each process used, for each window.
# Usage: benchmarks/load/run.sh [--users 64] [--warmup 40] [--duration 30] [--paced-rate N] [--dashboard on|off] [--statements] [--probe] [--model http|offline] [--env NAME=VALUE ...]
set -euo pipefail
cd "$(dirname "$0")/../.."

scripts/install-prerequisites.sh >/dev/null
dotnet build benchmarks/MemoryAspire.LoadDriver -c Release -nologo -v:q -clp:NoSummary >/dev/null
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
# The driver stops the whole topology when it ends, also on Ctrl+C and SIGTERM (the AppHost's watchdog takes care of a kill -9).
# 40 s of warm-up: the services' JIT settles (tiered compilation) and the worker's backlog reaches a steady state.
dotnet benchmarks/MemoryAspire.LoadDriver/bin/Release/net10.0/MemoryAspire.LoadDriver.dll --warmup 40 "$@" 2>/dev/null \
  | grep -E '^(\||$|Capacity|Latency|PostgreSQL|WAL|Probe)'
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
