#!/usr/bin/env bash
# Runs every test project against real Redis, PostgreSQL and processes, and prints one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
scripts/install-prerequisites.sh --for-tests || exit 1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet build MemoryAspire.sln -nologo -clp:NoSummary -v:q || { echo "0 passed, 1 failed (the build failed)"; exit 1; }

# Test projects only (tests/MemoryAspire.Testing is the library they share).
projects=$(grep -l '<IsTestProject>true</IsTestProject>' tests/*/*.csproj)
run_project() {
  local project=$1 name; name=$(basename "$1" .csproj); shift
  echo "== $name"
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=normal" "$@"
}
# Two lanes side by side: the AppHost's tests (mostly waiting on processes it starts: the AppHost as ./run.sh runs it,
# on the launch profile's fixed ports) beside the rest, whose stacks take free ports. Each lane's output is printed whole
# when it ends. MEMORYASPIRE_TEST_LANES=1 runs them one after the other.
lane() {
  local status=0 project
  for project in "$@"; do run_project "$project" "${args[@]}" || status=1; done
  return $status
}
args=("$@")
apphost=(); others=()
for project in $projects; do
  if [[ $project == */MemoryAspire.AppHost.Tests/* ]]; then apphost+=("$project"); else others+=("$project"); fi
done
status=0
if [[ ${MEMORYASPIRE_TEST_LANES:-2} == 1 || ${#apphost[@]} == 0 ]]; then
  lane "${apphost[@]}" "${others[@]}" || status=1
else
  lane "${apphost[@]}" >"$results/apphost.log" 2>&1 &
  first=$!
  lane "${others[@]}" 2>&1 | tee "$results/others.log" || status=1
  wait "$first" || status=1
  cat "$results/apphost.log"
fi

passed=0; failed=0; ran=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f)); ran=$((ran + 1))
done
# A test project that produced no results (crashed host) counts as a failure.
expected=$(wc -w <<<"$projects")
if ((ran < expected)); then failed=$((failed + expected - ran)); status=1; fi
# The names of failed tests go last, where a truncated CI log still shows them.
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  # The test's name and the first three lines of its failure message.
  awk '/<UnitTestResult / { failed = ($0 ~ /outcome="Failed"/); if (match($0, /testName="[^"]*"/)) name = substr($0, RSTART + 10, RLENGTH - 11) }
       failed && /<Message>/ { lines = 3; text = ""; sub(/.*<Message>/, "") }
       lines > 0 { line = $0; done = sub(/<\/Message>.*/, "", line); text = text (text == "" ? "" : " | ") substr(line, 1, 240); lines--
                   if (done || lines == 0) { print "FAILED " name ": " text; lines = 0; failed = 0 } }' "$trx" |
    sed -E 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g' || true
done
echo "$passed passed, $failed failed"
exit $status
