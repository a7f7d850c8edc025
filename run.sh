#!/usr/bin/env bash
# Runs the whole stack: installs Redis and PostgreSQL when missing, builds when a source file changed, starts the AppHost.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-prerequisites.sh
scripts/build-if-changed.sh
exec dotnet run --no-build --project MemoryAspire.AppHost "$@"
