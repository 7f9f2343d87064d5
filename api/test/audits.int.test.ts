import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUp, type Harness } from './harness.ts';

/** GraphQL over HTTP conformance (graphql-http's audits) of the real server, DB loaded. */
let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

describe('GraphQL over HTTP', () => {
  const audits = serverAudits({
    url: 'http://api.test/graphql',
    fetchFn: ((input: string, init: RequestInit) => h.yoga.fetch(input, init)) as typeof fetch,
  });
  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        const body = 'response' in result ? await result.response.text() : '';
        expect.fail(`${result.status}: ${result.reason}\n${body.slice(0, 500)}`);
      }
    });
  }
});
