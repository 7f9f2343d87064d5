import { Graph, migrate, replaceTranscript } from '@discourse/graph';
import { demoConference } from './fixtures/demo-conference.ts';

/**
 * The one step that puts data into Neo4j before the dashboard is opened. Today it loads the
 * invented demo conference from fixtures/; to test against the real corpus, replace the body
 * with an ETL ingest of ../shared/corpus. Uses NEO4J_URI etc. set by test/global-neo4j.ts.
 * Returns the ids of the transcripts it loaded.
 */
export async function loadDashboardData(): Promise<string[]> {
  const graph = Graph.connect();
  try {
    // each browser test file starts from an empty graph
    await graph.execute('MATCH (n) DETACH DELETE n');
    await migrate(graph);
    const transcripts = demoConference();
    for (const g of transcripts) await replaceTranscript(graph, g);
    return transcripts.map((g) => g.transcript.id);
  } finally {
    await graph.close();
  }
}
