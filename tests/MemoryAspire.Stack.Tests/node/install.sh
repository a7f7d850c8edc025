#!/usr/bin/env bash
# Installs the OpenAI JavaScript SDK at the version package.json pins, for OpenAiNodeClientTests; nothing when it is there.
# Run by scripts/install-prerequisites.sh --for-tests and by the test itself (a fresh machine needs the npm registry).
set -euo pipefail
cd "$(dirname "$0")"
wanted=$(node -p 'require("./package.json").dependencies.openai')
if [[ -f node_modules/openai/package.json ]] && [[ $(node -p 'require("./node_modules/openai/package.json").version') == "$wanted" ]]; then
  exit 0
fi
npm install --no-audit --no-fund --no-package-lock --loglevel=error
