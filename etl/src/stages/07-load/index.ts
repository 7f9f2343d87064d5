/**
 * Stage 7 — load into Neo4j. One transaction per transcript (graph.replaceTranscript), so a
 * failure leaves that transcript as it was; an unchanged transcript is skipped; a bad file
 * is reported and the others still load.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Graph, migrate, replaceTranscript, storedContentHash } from '@discourse/graph';
import { runFile } from '../../pipeline.ts';
import { toTranscriptGraph } from './to-graph.ts';

export { toTranscriptGraph } from './to-graph.ts';

export interface FileOutcome {
  file: string;
  status: 'loaded' | 'unchanged' | 'failed' | 'extracted';
  transcriptId?: string;
  counts?: { segments: number; utterances: number; entities: number; mentions: number; claims: number };
  error?: string;
  ms: number;
}

const TRANSCRIPT_EXT = /\.(md|txt|srt|vtt|text)$/i;

/** Files named directly, plus transcript files found (recursively) in named folders. */
export async function collectFiles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const s = await stat(input);
    if (s.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        const full = path.join(e.parentPath, e.name);
        if (e.isFile() && TRANSCRIPT_EXT.test(e.name) && !/^(readme|sources)\.md$/i.test(e.name)) out.push(full);
      }
    } else out.push(input);
  }
  return out.sort();
}

export async function ingestFiles(
  files: string[],
  options: { graph: Graph | null; force?: boolean; onFile?: (o: FileOutcome, done: number) => void },
): Promise<FileOutcome[]> {
  const { graph } = options;
  if (graph) await migrate(graph);
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const t0 = performance.now();
    let outcome: FileOutcome;
    try {
      const result = await runFile(file);
      const g = toTranscriptGraph(result);
      const counts = {
        segments: g.segments.length,
        utterances: g.utterances.length,
        entities: g.entities.length,
        mentions: g.mentions.length,
        claims: g.claims.length,
      };
      if (!graph) {
        outcome = { file, status: 'extracted', transcriptId: g.transcript.id, counts, ms: 0 };
      } else if (!options.force && (await storedContentHash(graph, g.transcript.id)) === g.transcript.contentHash) {
        outcome = { file, status: 'unchanged', transcriptId: g.transcript.id, counts, ms: 0 };
      } else {
        await replaceTranscript(graph, g);
        outcome = { file, status: 'loaded', transcriptId: g.transcript.id, counts, ms: 0 };
      }
    } catch (e) {
      outcome = { file, status: 'failed', error: e instanceof Error ? e.message : String(e), ms: 0 };
    }
    outcome.ms = Math.round(performance.now() - t0);
    outcomes.push(outcome);
    options.onFile?.(outcome, outcomes.length);
  }
  return outcomes;
}
