import { Graph, readGraphEnv } from '@discourse/graph';
import { afterAll, describe, expect, it } from 'vitest';
import { buildYoga } from '../src/yoga.ts';

/**
 * Server behaviour that needs no data: GraphiQL, limits, validation and masking. The Graph
 * points at a closed port, so anything that reached Neo4j would fail with a 503.
 */
const graph = Graph.connect({ ...readGraphEnv({}), NEO4J_URI: 'bolt://127.0.0.1:9' });
afterAll(() => graph.close());

const post = (yoga: ReturnType<typeof buildYoga>, query: string, variables?: object) =>
  yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });

describe('GraphiQL', () => {
  const page = (development: boolean) =>
    buildYoga({ graph, development }).fetch('http://api.test/graphql', {
      headers: { accept: 'text/html' },
    });

  it('is served in development', async () => {
    const res = await page(true);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('GraphiQL');
  });

  it('is not served otherwise', async () => {
    const res = await page(false);
    expect(await res.text()).not.toContain('GraphiQL');
  });
});

describe('limits', () => {
  const yoga = buildYoga({ graph });

  it('rejects queries nested too deep', async () => {
    const deep = `{ transcripts { edges { node { segments { transcript { segments { transcript { segments { transcript { segments { transcript { id } } } } } } } } } } } }`;
    const res = await post(yoga, deep);
    const body = await res.json();
    expect(body.errors[0].message).toMatch(/depth/i);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: health { status }`).join(' ');
    const res = await post(yoga, `{ ${aliases} }`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].message).toMatch(/aliases/i);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects queries that cost too much', async () => {
    const wide = Array.from(
      { length: 14 },
      (_, i) =>
        `t${i}: transcripts(first: 100) { edges { node { segments { hosts { name } guests { name } transcript { title } } } } }`,
    ).join(' ');
    const body = await (await post(yoga, `{ ${wide} }`)).json();
    expect(body.errors[0].message).toMatch(/cost/i);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names', async () => {
    const body = await (await post(yoga, `{ transcriptz { id } }`)).json();
    expect(body.errors[0].message).not.toMatch(/did you mean/i);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('errors', () => {
  const yoga = buildYoga({ graph, retryAfterSec: 3 });

  it('gives argument problems BAD_USER_INPUT without reaching the database', async () => {
    for (const [query, pattern] of [
      [`{ transcripts(first: 1000) { edges { cursor } } }`, /at most 100/],
      [`{ transcripts(first: 5, after: "bogus") { edges { cursor } } }`, /base64|cursor/i],
      [`{ search(query: "") { matched } }`, /empty/],
    ] as const) {
      const body = await (await post(yoga, query)).json();
      expect(body.errors[0].extensions.code, query).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(pattern);
    }
  });

  it('rejects a malformed Date with a 400', async () => {
    const res = await post(yoga, `query ($d: Date) { coverage(date: $d) { transcript { id } } }`, {
      d: '2025-13-45',
    });
    expect(res.status).toBe(400);
  });

  it('answers 503 with Retry-After when the database is unreachable', async () => {
    const res = await post(yoga, `{ transcript(id: "x") { id } }`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('3');
    const body = await res.json();
    expect(body.errors[0].extensions).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      retryAfterSec: 3,
    });
  }, 30_000);

  it('masks unexpected errors', async () => {
    const broken = {
      ...graph,
      query: () => Promise.reject(new Error('secret: bolt://admin:pw@db')),
    } as unknown as Graph;
    const body = await (
      await post(buildYoga({ graph: broken }), `{ transcript(id: "x") { id } }`)
    ).json();
    expect(body.errors[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});
