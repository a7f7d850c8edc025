#!/usr/bin/env bash
# The engine's text processing on 32 KiB messages built to make it slow (tests/MemoryAspire.UnitTests/Offline/
# HostileInputs.cs): the fact guard judging a whole message as one fact, and the screens of a summarizer's transcript and
# of its summary (19 shapes), the rule-based extractor and the extractive summarizer (6 inputs). BenchmarkDotNet, in-process, 15 calls per row. About 3 minutes on 2 cores.
# Usage: benchmarks/hostile-input/run.sh [BenchmarkDotNet arguments]   (default: --filter '*Hostile*')
set -euo pipefail
cd "$(dirname "$0")/.."
(($# == 0)) && set -- --filter '*Hostile*'
./bdn.sh "$@"
echo "Target: every row well under 1 s (the guard's patterns time out at 2 s and then refuse the message unjudged)."
