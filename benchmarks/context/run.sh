#!/usr/bin/env bash
# ContextAssembler.Assemble with a warm cache (inputs already loaded: hybrid plan, 8 facts, a ~150-word summary, 3 recall
# hits, 15 messages, a new message; and the same under a budget that forces drops) and TokenCounter.Count on 1 and 32 KiB.
# BenchmarkDotNet, in-process, one call per iteration so P50/P95/P99 are per call. About a minute on 2 cores.
# Usage: benchmarks/context/run.sh [BenchmarkDotNet arguments]   (default: --filter '*ContextAssembly*' '*TokenCounter*')
set -euo pipefail
cd "$(dirname "$0")/.."
(($# == 0)) && set -- --filter '*ContextAssembly*' '*TokenCounter*'
./bdn.sh "$@"
echo "Target: Assemble p99 < 2 ms."
