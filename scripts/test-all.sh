#!/usr/bin/env bash
# npm test — every check, in order of speed: types, lint, unit, integration (real PostgreSQL),
# end-to-end (the built app in Chromium). Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

stage() { printf '\n=== %s ===\n' "$1"; }

stage "typecheck"
npx --no-install tsc --noEmit
stage "lint"
npx --no-install eslint --max-warnings=0 .
stage "unit + integration (vitest)"
npx --no-install vitest run
stage "end-to-end (playwright, chromium)"
npx --no-install playwright test
