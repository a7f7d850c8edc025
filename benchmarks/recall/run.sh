#!/usr/bin/env bash
# Recall benchmark: generated two-person conversations replayed through ChatApi on the whole stack (real Redis, PostgreSQL,
# ChatApi, MemoryWorker; a local model server that answers at once and records prompts), each line a user message
# "[date] Speaker: text" with one ChatApi session per conversation session; then every question asked in a new session per
# strategy. Prints the share of questions whose gold answer reaches the prompt, with context tokens, next to the benchmark's
# own BM25 at 2,400 tokens and the whole history; then turn latency and EXPLAIN (ANALYZE, BUFFERS) of the recall statements
# for one user with 1,000, 10,000 and 100,000 stored messages (seeded with COPY, recall index included).
# --references prints only the benchmark's own references (BM25, all-MiniLM-L6-v2 embeddings, both fused, the whole history)
# and the embeddings' CPU per text, without starting the stack; --embedding-cost: where all-MiniLM-L6-v2's CPU goes (the package's
# defaults against the service's SentenceEmbedder); --seed: another generated set (default 17).
# Usage: benchmarks/recall/run.sh [--conversations 10] [--sessions 25] [--lines 24] [--strategies hybrid,recall,entity,auto]
#                                 [--embedding-cost] [--seed 17]
#                                 [--sizes 1000,10000,100000] [--turns 200] [--no-quality] [--no-latency] [--references] [--dump N]
#                                 [--misses FILE] [--plans] [--env NAME=VALUE ...]
set -euo pipefail
cd "$(dirname "$0")/../.."

scripts/install-prerequisites.sh >/dev/null
dotnet build benchmarks/recall -c Release -nologo -v:q -clp:NoSummary >/dev/null
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
dotnet benchmarks/recall/bin/Release/net10.0/MemoryAspire.Recall.Benchmark.dll "$@" 2>/dev/null
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
