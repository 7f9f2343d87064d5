import { defineConfig } from 'vitest/config';

/**
 * Three groups, run in order: unit tests (pure, parallel), integration tests against the real
 * Neo4j (one file at a time: they share one database), and browser tests against the whole
 * stack. The Neo4j they use is started by test/global-neo4j.ts unless NEO4J_TEST_URI is set.
 */
export default defineConfig({
  test: {
    projects: [
      'web/vitest.config.ts',
      {
        test: {
          name: 'unit',
          include: ['{graph,etl,api}/{src,test}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'int',
          include: ['{graph,etl,api}/{src,test}/**/*.int.test.ts'],
          globalSetup: ['test/global-neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['web/test/**/*.e2e.test.ts'],
          globalSetup: ['test/global-neo4j.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
