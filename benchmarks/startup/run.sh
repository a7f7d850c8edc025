#!/usr/bin/env bash
# Start-up and stop time of the whole stack, as a developer sees them:
#   start = from `./run.sh` (nothing changed since the last build) to every resource healthy (the /health of Web,
#           ChatApi and MemoryWorker answer; MemoryWorker's only once Redis and PostgreSQL are healthy and the schema is
#           migrated),
#   stop  = from SIGTERM to the AppHost's process group to the AppHost's exit, to every process but Aspire's orchestrator
#           (DCP) gone (the services, redis-server, postgres, the dashboard, the AppHost), and to the last of its processes
#           gone. (A script's background jobs ignore SIGINT, so Ctrl+C cannot be simulated from here; .NET's host handles
#           SIGTERM and SIGINT the same way.)
# Usage: benchmarks/startup/run.sh [runs]   (default 5). Prints a Markdown table. Uses the launch profile's ports.
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
scripts/build-if-changed.sh >/dev/null

now() { date +%s%N; }
session_of() { awk '{print $6}' "/proc/$1/stat" 2>/dev/null; }
# The run's processes: its own session and the sessions of the orchestrator (DCP) that monitors its AppHost.
run_processes() {
  local sessions=" $1 " p s
  for p in $(pgrep -s "$1"); do
    for d in $(pgrep -f "dcp start-apiserver --monitor $p"); do
      sessions+="$(session_of "$d") "
      for c in $(pgrep -f "dcp run-controllers.*--monitor $d"); do sessions+="$(session_of "$c") "; done
    done
  done
  for p in /proc/[0-9]*; do
    s=$(session_of "${p#/proc/}") || continue
    [[ -n $s && $sessions == *" $s "* ]] && echo "${p#/proc/}"
  done
}
alive() { local p; for p in "$@"; do [[ -e /proc/$p && $(awk '{print $3}' /proc/$p/stat 2>/dev/null) != Z ]] && return 0; done; return 1; }

starts=(); stops=(); owns=(); gones=()
for ((i = 1; i <= runs; i++)); do
  log="$state/run-$i.log"
  t0=$(now)
  # A session of its own, so that a signal to its process group reaches what a terminal would.
  # env: a background job inherits SIGINT ignored; give it back its default so the stop measured is the AppHost's own.
  AppHost__StateDirectory="$state/data" setsid env --default-signal=INT,QUIT,TERM ./run.sh >"$log" 2>&1 &
  pid=$!
  deadline=$((SECONDS + 180))
  until curl -sf http://localhost:5300/health >/dev/null 2>&1 && curl -sf http://localhost:5301/health >/dev/null 2>&1 \
    && curl -sf http://localhost:5302/health >/dev/null 2>&1; do
    if ((SECONDS > deadline)); then echo "Not healthy within 180 s:" >&2; cat "$log" >&2; exit 1; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "The AppHost exited early:" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(now)
  mapfile -t procs < <(run_processes "$pid")
  # Aspire's orchestrator (DCP) apart from what it runs: the services, Redis, PostgreSQL, the dashboard and the AppHost.
  ours=(); dcp=()
  for p in "${procs[@]}"; do
    if tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q '/tools/dcp '; then dcp+=("$p"); else ours+=("$p"); fi
  done
  kill -TERM -- "-$pid"
  t2=""
  t4=""
  while alive "${procs[@]}" && (( ($(now) - t1) / 1000000 < 60000 )); do
    [[ -z $t2 ]] && ! alive "$pid" && t2=$(now)
    [[ -z $t4 ]] && ! alive "${ours[@]}" && t4=$(now)
    sleep 0.02
  done
  t3=$(now)
  wait "$pid" || true
  pid=""
  [[ -z $t2 ]] && t2=$t3
  [[ -z $t4 ]] && t4=$t3
  starts+=($(((t1 - t0) / 1000000))); stops+=($(((t2 - t1) / 1000000))); owns+=($(((t4 - t1) / 1000000))); gones+=($(((t3 - t1) / 1000000)))
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
fmt() { awk -v ms="$1" 'BEGIN {printf "%.2f s", ms/1000}'; }

echo
echo "| run | start (./run.sh -> all healthy) | stop (SIGTERM -> AppHost exit) | SIGTERM -> all but DCP gone | SIGTERM -> last process gone |"
echo "|---|---|---|---|---|"
for ((i = 0; i < runs; i++)); do
  note=""; ((i == 0)) && note=" (first: creates the database)"
  echo "| $((i + 1))$note | $(fmt "${starts[$i]}") | $(fmt "${stops[$i]}") | $(fmt "${owns[$i]}") | $(fmt "${gones[$i]}") |"
done
warm=("${starts[@]:1}")
((${#warm[@]} == 0)) && warm=("${starts[@]}")
echo "| **median, warm** | **$(fmt "$(median "${warm[@]}")")** | **$(fmt "$(median "${stops[@]}")")** | **$(fmt "$(median "${owns[@]}")")** | **$(fmt "$(median "${gones[@]}")")** |"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); targets: start <= 14 s (the median before Aspire), everything stopped <= 5 s."
