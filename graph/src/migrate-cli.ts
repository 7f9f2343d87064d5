import { Graph } from './driver.ts';
import { migrate } from './migrate.ts';

const graph = Graph.connect();
try {
  const ran = await migrate(graph);
  process.stdout.write(ran.length ? `applied ${ran.join(', ')}\n` : 'schema up to date\n');
} catch (e) {
  process.stderr.write(`migration failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
} finally {
  await graph.close();
}
