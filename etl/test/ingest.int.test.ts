/**
 * Loading into the real Neo4j: migrations are idempotent, ingesting the same transcript twice
 * changes nothing, a changed transcript replaces its old data without orphans, and a folder
 * with one bad file loads the good ones and reports the bad one.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, deleteTranscript, graphCounts, loadMigrations, migrate } from '@discourse/graph';
import { collectFiles, ingestFiles } from '../src/stages/07-load/index.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ZH = path.join(FIXTURES, 'zh-corpus.md');
const EN = path.join(FIXTURES, 'en-labelled.txt');

let graph: Graph;

beforeAll(async () => {
  graph = Graph.connect();
  await graph.execute('MATCH (n) DETACH DELETE n');
});
afterAll(async () => {
  await graph.close();
});

describe('migrations', () => {
  it('apply twice without error and record each file once', async () => {
    await migrate(graph);
    await migrate(graph, loadMigrations());
    const rows = await graph.query<{ n: number }>('MATCH (m:Migration) RETURN count(m) AS n');
    expect(rows[0]!.n).toBe(loadMigrations().length);
    const constraints = await graph.query<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(['transcript_id', 'claim_id', 'person_id']));
  });
});

describe('ingest', () => {
  it('loads transcripts and leaves identical counts when run again', async () => {
    const first = await ingestFiles([ZH, EN], { graph });
    expect(first.map((o) => o.status)).toEqual(['loaded', 'loaded']);
    const before = await graphCounts(graph);
    expect(before.nodes).toBeGreaterThan(20);

    const skipped = await ingestFiles([ZH, EN], { graph });
    expect(skipped.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    const forced = await ingestFiles([ZH, EN], { graph, force: true });
    expect(forced.map((o) => o.status)).toEqual(['loaded', 'loaded']);
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('links speakers, mentions and claims to their utterances', async () => {
    const rows = await graph.query<{ speaker: string; utterances: number }>(
      `MATCH (p:Person)-[:SPOKE]->(u:Utterance {transcriptId: 'en-labelled'})
       RETURN p.name AS speaker, count(u) AS utterances ORDER BY speaker`,
    );
    expect(rows.map((r) => r.speaker)).toEqual(['Jane Doe', 'Tom Okafor']);
    const models = await graph.query<{ name: string }>(
      `MATCH (:Utterance {transcriptId: 'en-labelled'})-[:MENTIONS]->(m:Model) RETURN DISTINCT m.name AS name ORDER BY name`,
    );
    expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(['GPT-4', 'Llama 3']));
  });

  it('replaces a changed transcript cleanly and deletes without orphans', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    const file = path.join(dir, 'en-labelled.txt');
    copyFileSync(EN, file);
    writeFileSync(file, 'Moderator: Welcome.\nJane Doe: OpenAI released GPT-4 and I think it will change coding.\n');
    const [changed] = await ingestFiles([file], { graph });
    expect(changed!.status).toBe('loaded');
    const models = await graph.query<{ name: string }>(
      `MATCH (:Utterance {transcriptId: 'en-labelled'})-[:MENTIONS]->(m:Model) RETURN DISTINCT m.name AS name`,
    );
    expect(models.map((m) => m.name)).toEqual(['GPT-4']);
    // Llama 3 was only in the old version: no node is left behind for it
    const orphans = await graph.query<{ n: number }>(`MATCH (m:Model {name: 'Llama 3'}) RETURN count(m) AS n`);
    expect(orphans[0]!.n).toBe(0);

    expect(await deleteTranscript(graph, 'en-labelled')).toBe(true);
    const left = await graph.query<{ n: number }>(
      `MATCH (n) WHERE n.transcriptId = 'en-labelled' OR (n:Transcript AND n.id = 'en-labelled') RETURN count(n) AS n`,
    );
    expect(left[0]!.n).toBe(0);
    const dangling = await graph.query<{ n: number }>(
      `MATCH (e) WHERE (e:Person OR e:Organization OR e:Model OR e:Topic) AND NOT (e)--() RETURN count(e) AS n`,
    );
    expect(dangling[0]!.n).toBe(0);
  });

  it('loads the good files of a folder and reports the bad one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'folder-'));
    copyFileSync(ZH, path.join(dir, 'good.md'));
    copyFileSync(path.join(FIXTURES, 'binary.bin'), path.join(dir, 'bad.txt'));
    const outcomes = await ingestFiles(await collectFiles([dir]), { graph, force: true });
    const byFile = Object.fromEntries(outcomes.map((o) => [path.basename(o.file), o]));
    expect(byFile['good.md']!.status).toBe('loaded');
    expect(byFile['bad.txt']!.status).toBe('failed');
    expect(byFile['bad.txt']!.error).toMatch(/bad\.txt: .*binary/i);
  });
});
