#!/usr/bin/env bash
# Prompt tokens per turn over a generated 300-turn conversation: full history against hybrid memory built by the engine's
# own ContextAssembler, StrategyPlanner, RuleBasedFactExtractor and ExtractiveSummarizer with default MemoryOptions.
# No servers needed; takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build benchmarks/MemoryAspire.Benchmarks -c Release -nologo -v:q -clp:NoSummary >/dev/null
dotnet benchmarks/MemoryAspire.Benchmarks/bin/Release/net10.0/MemoryAspire.Benchmarks.dll tokens
