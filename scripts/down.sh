#!/usr/bin/env bash
# Stops what `npm run up` started.
set -uo pipefail
cd "$(dirname "$0")/.."
for svc in web api; do
  if [ -f ".run/$svc.pid" ]; then kill "$(cat ".run/$svc.pid")" 2>/dev/null; rm -f ".run/$svc.pid"; fi
done
if docker info >/dev/null 2>&1; then docker compose down; else graph/bin/neo4j-local stop; fi
