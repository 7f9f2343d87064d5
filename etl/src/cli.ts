/**
 * discourse-etl — the command line.
 *   extract <file> --json <out>      write the discourse-extraction/1 export (no database)
 *   ingest <files or folders…>       run everything into Neo4j [--dry-run] [--force]
 * Exit status: 0 on success, 1 when any file failed, 2 on usage errors.
 */
import { writeFile } from 'node:fs/promises';
import { Graph, readGraphEnv } from '@discourse/graph';
import { extractFile } from './pipeline.ts';
import { collectFiles, ingestFiles, type FileOutcome } from './stages/07-load/index.ts';
import { defaultCorpusDir } from './config.ts';

const USAGE = `usage:
  discourse-etl extract <file> --json <out.json>
  discourse-etl ingest [files or folders…] [--dry-run] [--force]   (default: the corpus folder)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const args: string[] = [];
  let jsonOut: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--json') jsonOut = rest[++i] ?? null;
    else if (!rest[i]!.startsWith('--')) args.push(rest[i]!);
  }
  if (command === 'extract') {
    if (args.length !== 1 || !jsonOut) return usage();
    const exp = await extractFile(args[0]!);
    await writeFile(jsonOut, JSON.stringify(exp, null, 1));
    process.stdout.write(
      `extract: ${exp.segments.length} segments, ${exp.entities.length} entities, ${exp.turns.length} turns, ` +
        `${exp.mentions.length} mentions, ${exp.claims.length} claims → ${jsonOut}\n`,
    );
    return 0;
  }
  if (command === 'ingest') {
    const inputs = args.length ? args : [defaultCorpusDir()];
    const files = await collectFiles(inputs);
    if (!files.length) {
      process.stderr.write(`ingest: no transcript files in ${inputs.join(', ')}\n`);
      return 1;
    }
    const dryRun = flags.has('--dry-run');
    const graph = dryRun ? null : Graph.connect(readGraphEnv());
    const t0 = performance.now();
    try {
      const outcomes = await ingestFiles(files, { graph, force: flags.has('--force'), onFile: (o, done) => progress(o, done, files.length) });
      summarise(outcomes, performance.now() - t0);
      return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
    } finally {
      await graph?.close();
    }
  }
  return usage();
}

function usage(): number {
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

function progress(o: FileOutcome, done: number, total: number): void {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  const detail = o.status === 'failed' ? `FAILED: ${o.error}` : `${o.status} ${o.counts ? `${o.counts.utterances} utterances, ${o.counts.claims} claims` : ''}`;
  process.stdout.write(`${bar} ${done}/${total} ${o.file} — ${detail} (${o.ms} ms)\n`);
}

function summarise(outcomes: FileOutcome[], ms: number): void {
  const by = (s: FileOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const sum = (k: keyof NonNullable<FileOutcome['counts']>) => outcomes.reduce((n, o) => n + (o.counts?.[k] ?? 0), 0);
  process.stdout.write(
    `ingest: ${outcomes.length} files — ${by('loaded')} loaded, ${by('unchanged')} unchanged, ${by('extracted')} extracted (dry run), ${by('failed')} failed; ` +
      `${sum('segments')} segments, ${sum('utterances')} utterances, ${sum('mentions')} mentions, ${sum('claims')} claims in ${(ms / 1000).toFixed(1)} s\n`,
  );
  for (const o of outcomes.filter((x) => x.status === 'failed')) process.stderr.write(`failed: ${o.error}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
