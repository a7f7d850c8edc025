#!/usr/bin/env bash
# The latency POST /v1/chat/completions (OpenAI's wire format) adds over POST /api/v1/chat for the same turn: the whole
# AppHost topology with the load driver's instant model, each user sending every message to both endpoints one after the
# other (in a random order), each endpoint in its own sessions; the OpenAI request carries the conversation an OpenAI client
# resends. Prints both endpoints' latency and memory overhead and the difference at p50 (target: within 1 ms).
# Usage: benchmarks/openai/run.sh [--users 1] [--warmup 20] [--duration 30] [--strategy hybrid] [--dashboard on|off]
set -euo pipefail
cd "$(dirname "$0")/../.."

scripts/install-prerequisites.sh >/dev/null
dotnet build benchmarks/MemoryAspire.LoadDriver -c Release -nologo -v:q -clp:NoSummary >/dev/null
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
# One user, no dashboard unless told: latency without queueing or telemetry export (the driver takes an option's first value).
dotnet benchmarks/MemoryAspire.LoadDriver/bin/Release/net10.0/MemoryAspire.LoadDriver.dll --compare openai "$@" --users 1 --warmup 20 --duration 30 --dashboard off 2>/dev/null \
  | grep -E '^(\||$|/v1)'
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
