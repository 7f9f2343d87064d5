import { describe, expect, it } from 'vitest';
import { parseEnv } from '../src/env.ts';

describe('parseEnv', () => {
  it('defaults to 127.0.0.1:4000 in development', () => {
    const result = parseEnv({});
    expect(result).toMatchObject({
      env: { API_HOST: '127.0.0.1', API_PORT: 4000, NODE_ENV: 'development' },
    });
  });

  it('reads API_HOST, API_PORT and the Neo4j settings', () => {
    const result = parseEnv({
      API_HOST: '0.0.0.0',
      API_PORT: '8080',
      NEO4J_URI: 'neo4j://db:7687',
    });
    expect(result).toMatchObject({
      env: { API_HOST: '0.0.0.0', API_PORT: 8080, graph: { NEO4J_URI: 'neo4j://db:7687' } },
    });
  });

  it('reports every problem at once', () => {
    const result = parseEnv({ API_PORT: 'eighty', LOG_LEVEL: 'loud', NEO4J_URI: 'http://db' });
    expect('problems' in result && result.problems).toEqual([
      expect.stringMatching(/^API_PORT/),
      expect.stringMatching(/^LOG_LEVEL/),
      expect.stringMatching(/NEO4J_URI/),
    ]);
  });
});
