/**
 * Shared setup of the API integration tests: a Graph on the test Neo4j (started by
 * test/global-neo4j.ts), the fixture loaded into a cleared database, and a helper that runs
 * a GraphQL request through the real Yoga server (fetch API, no port needed).
 */
import { Graph, migrate, replaceTranscript, type TranscriptGraph } from '@discourse/graph';
import { buildYoga, type ApiServer } from '../src/yoga.ts';
import { FIXTURE } from './fixtures/conference.ts';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: {
      message: string;
      path?: (string | number)[];
      extensions?: Record<string, unknown>;
    }[];
    extensions?: { cypherQueries?: number } & Record<string, unknown>;
  };
}

export interface Harness {
  graph: Graph;
  yoga: ApiServer;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
  get(path: string): Promise<Response>;
  close(): Promise<void>;
}

/** Connects to the test database, clears it, migrates and loads `fixture`. */
export async function setUp(fixture: TranscriptGraph[] = FIXTURE): Promise<Harness> {
  const graph = Graph.connect();
  await graph.execute('MATCH (n) DETACH DELETE n');
  await migrate(graph);
  for (const g of fixture) await replaceTranscript(graph, g);
  const yoga = buildYoga({ graph, exposeQueryStats: true });
  return {
    graph,
    yoga,
    async gql(query, variables) {
      const res = await yoga.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
    get: async (path) => yoga.fetch(`http://api.test${path}`),
    close: () => graph.close(),
  };
}
