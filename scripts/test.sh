#!/usr/bin/env bash
# The whole test suite: unit, integration (real Neo4j) and browser (real Chromium) tests.
# Starts a throw-away embedded Neo4j unless NEO4J_TEST_URI points at one, and stops it after.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then npm ci; fi

started=""
if [ -z "${NEO4J_TEST_URI:-}" ]; then
  export NEO4J_BOLT_PORT="${NEO4J_TEST_PORT:-7697}"
  export NEO4J_DATA_DIR="$(mktemp -d -t discourse-test-neo4j-XXXX)"
  export NEO4J_PASSWORD="${NEO4J_TEST_PASSWORD:-testpassword}"
  graph/bin/neo4j-local start
  started=1
  export NEO4J_TEST_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT}"
  export NEO4J_TEST_PASSWORD="$NEO4J_PASSWORD"
fi
cleanup() {
  if [ -n "$started" ]; then
    graph/bin/neo4j-local stop || true
    rm -rf "$NEO4J_DATA_DIR"
  fi
}
trap cleanup EXIT

npx tsc -p graph
npx tsc -p etl
npx tsc -p api
npm run build -w web >/dev/null
npx vitest run "$@"
