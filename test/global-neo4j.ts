/**
 * Vitest global setup: makes a real Neo4j available to integration and browser tests.
 * With NEO4J_TEST_URI set (e.g. a Docker Neo4j, or one started by scripts/test.sh) it uses
 * that; otherwise it starts the embedded launcher on a spare port with a throw-away data dir
 * and stops it afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LAUNCHER = path.join(ROOT, 'graph/bin/neo4j-local');

export default function setup(): () => void {
  const password = process.env.NEO4J_TEST_PASSWORD ?? 'testpassword';
  if (process.env.NEO4J_TEST_URI) {
    Object.assign(process.env, {
      NEO4J_URI: process.env.NEO4J_TEST_URI,
      NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
      NEO4J_PASSWORD: password,
    });
    return () => {};
  }
  const port = process.env.NEO4J_TEST_PORT ?? '7697';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'discourse-neo4j-'));
  const env = { ...process.env, NEO4J_BOLT_PORT: port, NEO4J_DATA_DIR: dataDir, NEO4J_PASSWORD: password };
  execFileSync(LAUNCHER, ['start'], { env, stdio: 'inherit' });
  Object.assign(process.env, {
    NEO4J_URI: `bolt://127.0.0.1:${port}`,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: password,
    NEO4J_TEST_URI: `bolt://127.0.0.1:${port}`,
  });
  return () => {
    execFileSync(LAUNCHER, ['stop'], { env, stdio: 'inherit' });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
