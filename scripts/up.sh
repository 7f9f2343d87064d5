#!/usr/bin/env bash
# Brings the whole product up on a real corpus: installs dependencies, starts Neo4j (Docker
# when an engine is running, else the embedded launcher), ingests the corpus (CORPUS_DIR,
# default ../shared/corpus), builds and serves the API and the dashboard, and prints the URLs.
# `npm run down` stops what this started.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ -f .env ] && set -a && . ./.env && set +a

export NEO4J_PASSWORD="${NEO4J_PASSWORD:-devpassword}"
export NEO4J_USER="${NEO4J_USER:-neo4j}"
export API_PORT="${API_PORT:-4000}"
export API_HOST="${API_HOST:-127.0.0.1}"
export WEB_PORT="${WEB_PORT:-3000}"
mkdir -p .run

if [ ! -d node_modules ]; then
  echo "» installing npm packages"
  npm ci --no-audit --no-fund
fi

if docker info >/dev/null 2>&1; then
  echo "» starting Neo4j, API and dashboard with Docker Compose"
  docker compose up -d --build --wait
  export NEO4J_URI="${NEO4J_URI:-bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687}}"
  echo "» ingesting the corpus"
  npm run --silent ingest -- ${CORPUS_DIR:+"$CORPUS_DIR"}
else
  echo "» no Docker engine: starting the embedded Neo4j (needs Java 17+ and Maven)"
  export NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
  export NEO4J_URI="${NEO4J_URI:-bolt://127.0.0.1:${NEO4J_BOLT_PORT}}"
  graph/bin/neo4j-local start
  echo "» ingesting the corpus"
  npm run --silent ingest -- ${CORPUS_DIR:+"$CORPUS_DIR"}
  echo "» building the dashboard"
  npm run --silent build -w web >.run/web-build.log 2>&1 || { cat .run/web-build.log; exit 1; }
  for svc in api web; do
    if [ -f ".run/$svc.pid" ] && kill -0 "$(cat ".run/$svc.pid")" 2>/dev/null; then kill "$(cat ".run/$svc.pid")" || true; sleep 1; fi
  done
  echo "» starting the API and the dashboard"
  nohup node --import tsx api/src/main.ts >.run/api.log 2>&1 &
  echo $! >.run/api.pid
  PORT="$WEB_PORT" HOST="${WEB_HOST:-127.0.0.1}" API_URL="http://${API_HOST}:${API_PORT}/graphql" \
    nohup node web/build >.run/web.log 2>&1 &
  echo $! >.run/web.pid
fi

wait_for() {
  for _ in $(seq 1 60); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done
  echo "not answering: $1 (see .run/*.log)" >&2
  return 1
}
wait_for "http://${API_HOST}:${API_PORT}/health"
wait_for "http://127.0.0.1:${WEB_PORT}/"
echo
echo "  dashboard: http://127.0.0.1:${WEB_PORT}/"
echo "  GraphQL:   http://${API_HOST}:${API_PORT}/graphql"
echo "  Neo4j:     ${NEO4J_URI}"
