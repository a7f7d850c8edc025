#!/usr/bin/env bash
# Runs the whole stack: installs Redis and PostgreSQL when missing, then starts the AppHost.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-prerequisites.sh
exec dotnet run --project MemoryAspire.AppHost "$@"
