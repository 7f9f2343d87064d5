import { error } from '@sveltejs/kit';
import { webEnv } from './env';

/** A GraphQL error as the API sends it (`extensions.code` is stable, the message is not). */
interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

/**
 * Runs one GraphQL operation against the API and returns its `data`. This is the only place
 * the dashboard talks to the API. Failures become SvelteKit errors with a stable `code`, so
 * every page gets the same error screen instead of a crash:
 * - API_UNREACHABLE (503): connection refused, DNS failure or timeout;
 * - API_ERROR (502): a non-2xx answer, or GraphQL errors without data;
 * - the API's own code when it has one: BAD_USER_INPUT → 400, DATABASE_UNAVAILABLE and
 *   DATABASE_BUSY → 503 (the API is up but Neo4j is not).
 */
export async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { API_URL, API_TIMEOUT_MS } = webEnv();
  let res: Response;
  try {
    res = await fetch(API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document, variables }),
      signal: AbortSignal.timeout(API_TIMEOUT_MS),
    });
  } catch (e) {
    console.error(`API request to ${API_URL} failed:`, e);
    error(503, { code: 'API_UNREACHABLE', message: 'The data API is not reachable.' });
  }

  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    console.error(`API at ${API_URL} answered HTTP ${res.status} without JSON`);
    error(502, { code: 'API_ERROR', message: `The data API answered HTTP ${res.status}.` });
  }

  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    console.error(`API errors for ${operationName(document)}:`, JSON.stringify(body.errors));
    if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') {
      error(400, { code, message: first.message });
    }
    if (code === 'DATABASE_UNAVAILABLE' || code === 'DATABASE_BUSY') {
      error(503, { code, message: first.message });
    }
    if (!body.data) error(502, { code: code ?? 'API_ERROR', message: first.message });
  }
  if (!res.ok || !body.data) {
    error(502, { code: 'API_ERROR', message: `The data API answered HTTP ${res.status}.` });
  }
  return body.data;
}

function operationName(document: string): string {
  return /(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? 'anonymous operation';
}
