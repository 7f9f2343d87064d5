import { createServer, connect, type Server, type Socket } from 'node:net';
import { Graph, readGraphEnv } from '@discourse/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildYoga, type ApiServer } from '../src/yoga.ts';
import { setUp, type Harness } from './harness.ts';

/** A TCP proxy in front of Neo4j that the test can cut and restore, to simulate an outage. */
class Switch {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

let h: Harness;
let proxy: Switch;
let graph: Graph;
let yoga: ApiServer;

beforeAll(async () => {
  h = await setUp();
  const env = readGraphEnv();
  const url = new URL(env.NEO4J_URI.replace(/^\w+(\+\w+)?:/, 'http:'));
  proxy = new Switch({ host: url.hostname, port: Number(url.port || 7687) });
  await proxy.up();
  graph = Graph.connect({ ...env, NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` });
  yoga = buildYoga({ graph, retryAfterSec: 7 });
});
afterAll(async () => {
  await proxy.down();
  await graph.close();
  await h.close();
});

const post = (query: string) =>
  yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });

describe('when Neo4j is unreachable', () => {
  it('answers 503 with Retry-After and DATABASE_UNAVAILABLE, then recovers by itself', async () => {
    const before = await post('{ transcripts(first: 1) { edges { node { id } } } }');
    expect(before.status).toBe(200);

    await proxy.down();
    const res = await post('{ transcripts(first: 1) { edges { node { id } } } }');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    const body = await res.json();
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      retryAfterSec: 7,
    });
    expect(body.errors[0].message).not.toMatch(/bolt|ECONNREFUSED|127\.0\.0\.1/);

    const health = await post('{ health { status database error } }');
    expect(health.status).toBe(200);
    expect((await health.json()).data.health).toEqual({
      status: 'DEGRADED',
      database: false,
      error: 'DATABASE_UNAVAILABLE',
    });
    expect((await yoga.fetch('http://api.test/ready')).status).toBe(503);
    const csv = await yoga.fetch('http://api.test/export/coverage.csv?date=2025-07-26');
    expect(csv.status).toBe(503);
    expect(csv.headers.get('retry-after')).toBe('7');
    expect((await csv.json()).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');

    await proxy.up();
    const after = await post('{ transcripts(first: 1) { edges { node { id } } } }');
    expect(after.status).toBe(200);
    expect((await after.json()).data.transcripts.edges).toHaveLength(1);
    expect((await yoga.fetch('http://api.test/ready')).status).toBe(200);
  });
});
