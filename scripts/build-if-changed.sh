#!/usr/bin/env bash
# Builds the AppHost (and so the three services) only when a source file changed since the last successful build.
# MSBuild's own up-to-date check costs 4-5 s on 2 cores even when nothing changed; a file or folder newer than the last
# build (hidden, build-output and test-output folders aside) is a cheaper sign that something did. MEMORYASPIRE_BUILD=always
# builds regardless.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=MemoryAspire.AppHost/obj/run.sh.built
changed() {
  [[ ! -f $stamp || ${MEMORYASPIRE_BUILD:-} == always ]] && return 0
  [[ -n $(find . \( -name '.?*' -o -name bin -o -name obj -o -name node_modules -o -name TestResults -o -name artifacts \
    -o -name BenchmarkDotNet.Artifacts \) -prune -o -newer "$stamp" -print -quit) ]]
}
if changed; then
  started=$(mktemp)
  dotnet build MemoryAspire.AppHost -nologo -v:q -clp:NoSummary
  mv "$started" "$stamp"  # stamped with the build's start: a file saved while it ran is seen next time
fi
