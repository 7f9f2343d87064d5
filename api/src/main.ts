import { createServer } from 'node:http';
import { Graph } from '@discourse/graph';
import { readEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { buildYoga } from './yoga.ts';

// Only starts the server: everything it serves is built in yoga.ts.
const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const graph = Graph.connect(env.graph);
const yoga = buildYoga({
  graph,
  logger,
  development: env.NODE_ENV === 'development',
  retryAfterSec: env.API_RETRY_AFTER_SEC,
});
const server = createServer(yoga);

server.listen(env.API_PORT, env.API_HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.API_PORT;
  const url = `http://${env.API_HOST}:${port}${yoga.graphqlEndpoint}`;
  logger.info(`GraphQL API listening on ${url}`, { url, graphiql: env.NODE_ENV === 'development' });
});

async function shutdown(signal: string): Promise<void> {
  logger.info('shutting down', { signal });
  server.close();
  await graph.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
