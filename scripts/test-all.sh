#!/usr/bin/env bash
# npm test — every check, in order of speed: formatting, types, lint, the canary (the runners can
# fail), unit, integration (real PostgreSQL), end-to-end (the built app in Chromium).
# Stops at the first failing stage with that stage's exit code; needs only Node, npm and a Chromium
# (Debian's, or Playwright's own, installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

stage() { printf '\n=== %s ===\n' "$1"; }

stage "format (prettier --check)"
npx --no-install prettier --check --log-level warn .
stage "typecheck"
npx --no-install tsc --noEmit
stage "lint"
npx --no-install eslint --max-warnings=0 .
stage "browser"
npx --no-install tsx scripts/ensure-browser.ts
stage "canary (a failing test must fail each runner)"
npx --no-install tsx scripts/canary.ts
stage "unit (vitest)"
npx --no-install vitest run --project unit
stage "integration (vitest, real PostgreSQL)"
npx --no-install vitest run --project integration
stage "end-to-end (playwright, chromium)"
npx --no-install playwright test
