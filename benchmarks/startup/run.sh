#!/usr/bin/env bash
# Start-up and stop time of the whole stack, as a developer sees them:
#   start = from `dotnet run --project MemoryAspire.AppHost` (warm build) to every resource healthy,
#   stop  = from SIGTERM to the AppHost's process group to its exit. (A script's background jobs
#           ignore SIGINT, so Ctrl+C cannot be simulated from here; .NET's host handles SIGTERM
#           and SIGINT the same way, and SIGTERM is what `docker stop` and Container Apps send.)
# Usage: benchmarks/startup/run.sh [runs]   (default 5). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
state=$(mktemp -d /tmp/memoryaspire-bench-XXXXXX)
chmod 755 "$state"  # PostgreSQL runs as the postgres user when this runs as root
cleanup() {
  [[ -n "${pid:-}" ]] && kill -TERM -- "-$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$state"
}
trap cleanup EXIT

scripts/install-prerequisites.sh
dotnet build MemoryAspire.AppHost -nologo -v:q -clp:NoSummary >/dev/null

now() { date +%s%N; }
starts=(); stops=()
for ((i = 1; i <= runs; i++)); do
  log="$state/run-$i.log"
  t0=$(now)
  # A session of its own, so that a signal to its process group reaches what a terminal would.
  AppHost__StateDirectory="$state/data" AppHost__RandomizePorts=true \
    setsid dotnet run --project MemoryAspire.AppHost >"$log" 2>&1 &
  pid=$!
  deadline=$((SECONDS + 120))
  until grep -q "Distributed application started" "$log"; do
    if ((SECONDS > deadline)); then echo "Not started within 120 s:" >&2; cat "$log" >&2; exit 1; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "The AppHost exited early:" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(now)
  kill -TERM -- "-$pid"
  wait "$pid" || true
  pid=""
  t2=$(now)
  starts+=($(((t1 - t0) / 1000000))); stops+=($(((t2 - t1) / 1000000)))
  # The first run also initialises PostgreSQL's data folder; it is reported but not the warm figure.
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
fmt() { awk -v ms="$1" 'BEGIN {printf "%.2f s", ms/1000}'; }

echo
echo "| run | start (dotnet run -> all healthy) | stop (SIGTERM -> exit) |"
echo "|---|---|---|"
for ((i = 0; i < runs; i++)); do
  note=""; ((i == 0)) && note=" (first: creates the database)"
  echo "| $((i + 1))$note | $(fmt "${starts[$i]}") | $(fmt "${stops[$i]}") |"
done
warm=("${starts[@]:1}")
((${#warm[@]} == 0)) && warm=("${starts[@]}")
echo "| **median, warm** | **$(fmt "$(median "${warm[@]}")")** | **$(fmt "$(median "${stops[@]}")")** |"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; targets: start <= 10 s, stop <= 3 s."
