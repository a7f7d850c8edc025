#!/usr/bin/env bash
# Installs what the stack needs from Debian's packages when it is missing: redis-server and PostgreSQL
# (and, with --for-tests, node and npm for the tests that use real JavaScript clients and Chromium for the browser tests).
# Usage: scripts/install-prerequisites.sh [--for-tests]
set -euo pipefail

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if ! command -v postgres >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  need+=(postgresql)
fi
if ! ls /usr/share/postgresql/*/extension/pg_trgm.control >/dev/null 2>&1 && [[ ! " ${need[*]} " =~ " postgresql " ]]; then
  need+=(postgresql-contrib)
fi

# Tests drive real clients: JavaScript ones with node and npm, the web front-end in Chromium.
if [[ " $* " == *" --for-tests "* ]]; then
  command -v node >/dev/null 2>&1 || need+=(nodejs)
  command -v npm >/dev/null 2>&1 || need+=(npm)
  # Playwright drives Debian's Chromium in the browser tests; no browser is downloaded.
  [[ -x /usr/bin/chromium ]] || need+=(chromium)
fi

if ((${#need[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Missing packages: ${need[*]}. Install them (apt-get install ${need[*]}) as root, then run this again." >&2
  exit 1
fi

echo "Installing ${need[*]} with apt-get..."
# The AppHost runs its own PostgreSQL; the package's default cluster would only hold a port and memory.
"${sudo[@]}" mkdir -p /etc/postgresql-common
if [[ ! -f /etc/postgresql-common/createcluster.conf ]] || ! grep -q '^create_main_cluster' /etc/postgresql-common/createcluster.conf; then
  echo "create_main_cluster = false" | "${sudo[@]}" tee -a /etc/postgresql-common/createcluster.conf >/dev/null
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "Installed ${need[*]}."
