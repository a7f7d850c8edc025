#!/usr/bin/env bash
# Runs the three benchmarks of the memory engine and prints their Markdown tables (about 3 minutes on 2 cores).
# The machine's load average is printed with each: figures taken while something else runs are noisy.
set -euo pipefail
cd "$(dirname "$0")"
echo "## Context assembly with a warm cache"
context/run.sh
echo
echo "## Tokens sent per turn, 300-turn conversation: hybrid against full history"
tokens/run.sh
echo
echo "## End-to-end turns through ChatApi, instant model, 64 users"
load/run.sh
