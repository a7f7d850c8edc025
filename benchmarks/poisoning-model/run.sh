#!/usr/bin/env bash
# The learned poisoning filter (MemoryAspire.Memory/Governance/PoisoningModel.cs): training on the embedded labelled
# messages, which each process does once on first use, and scoring a sentence and a 32 KiB message. BenchmarkDotNet,
# in-process, 10 calls per row, with allocations. About a minute on 2 cores.
# Usage: benchmarks/poisoning-model/run.sh [BenchmarkDotNet arguments]   (default: --filter '*PoisoningModel*')
set -euo pipefail
cd "$(dirname "$0")/.."
(($# == 0)) && set -- --filter '*PoisoningModel*'
./bdn.sh "$@"
echo "Targets: training well under 1 s (it delays a process's first judged fact once); a sentence in microseconds; a 32 KiB message well under 100 ms."
