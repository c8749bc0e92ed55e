#!/usr/bin/env bash
# Generates the Prisma client into lib/generated/prisma.
# Every Prisma CLI command first tries to download the native schema engine from Prisma's own
# host, which is unreachable on machines that only reach the npm registry. `generate` does not
# use that engine; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing executable skips the
# download check. Migrations do not use the CLI at all (see scripts/lib/migrations.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
PRISMA_SCHEMA_ENGINE_BINARY=/bin/true exec npx --no-install prisma generate
