/**
 * `npm run eval -- --gold <file|dir>… --source <transcript> [--export <export.json>]
 * [--out <path>] [--json]`
 *
 * Scores an extraction export against gold files and checks the numbers against the reference
 * scorer. Without --export it runs the pipeline on the source first and writes its export to
 * --out (default: a temporary file). Metrics go to stdout in score.py's own format (text, or its
 * --json line), so they can be diffed; then score.py runs on the same files (python3, and
 * score.py in $EVAL_DIR or ../shared/eval next to the repository) and the verdict goes to
 * stderr. Exit codes: 0 agreed (or no python3 / score.py to ask), 1 the scorers disagree or
 * score.py failed, 2 bad arguments or unreadable input.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { exportSchema, type ExtractionExport } from '../export/format.ts';
import { loadGold, type MergedGold } from './gold.ts';
import { formatMetrics, formatMetricsJson } from './report.ts';
import { score, splitSourceLines } from './score.ts';

const USAGE =
  'usage: eval --gold <file|dir>… --source <transcript> [--export <export.json>] [--out <path>] [--json]';

/** Bad invocation or unreadable input: reported as a plain message, exit code 2. */
class InputError extends Error {}

interface Options {
  gold: string[];
  source: string;
  exportPath: string | null;
  out: string | null;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const gold: string[] = [];
  let source: string | null = null;
  let exportPath: string | null = null;
  let out: string | null = null;
  let json = false;
  const valueOf = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) {
      throw new InputError(`${flag} needs a value\n${USAGE}`);
    }
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--gold') {
      // --gold takes every following argument up to the next flag, so shell globs work
      while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) gold.push(argv[++i]!);
    } else if (arg === '--source') source = valueOf(i++, arg);
    else if (arg === '--export') exportPath = valueOf(i++, arg);
    else if (arg === '--out') out = valueOf(i++, arg);
    else if (arg === '--json') json = true;
    else throw new InputError(`unknown argument ${arg}\n${USAGE}`);
  }
  if (gold.length === 0 || source === null) throw new InputError(USAGE);
  if (exportPath !== null && out !== null) {
    throw new InputError(
      '--out is where the pipeline export goes; it cannot be used with --export',
    );
  }
  return { gold, source, exportPath, out, json };
}

/** Gold files as given; a directory stands for the *.json files in it, in name order. */
function expandGold(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!existsSync(p)) throw new InputError(`${p}: no such gold file or directory`);
    if (!statSync(p).isDirectory()) return [p];
    const files = readdirSync(p)
      .filter((f) => extname(f) === '.json')
      .sort()
      .map((f) => join(p, f));
    if (files.length === 0) throw new InputError(`${p}: no *.json gold files in this directory`);
    return files;
  });
}

/** Decodes as score.py's open(encoding='utf-8') does: strict UTF-8, a BOM is kept. */
function readUtf8(path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
  } catch (e) {
    throw new InputError(`${path}: ${(e as Error).message}`);
  }
}

function parseExport(json: unknown, where: string): ExtractionExport {
  const parsed = exportSchema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(`${where}: not a valid export\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Runs the pipeline and writes its export where score.py can read it. */
async function extractToFile(
  source: string,
  out: string | null,
): Promise<{ exp: ExtractionExport; path: string }> {
  // Loaded only here, so scoring an existing export does not need the pipeline to load.
  const { extractFile } = await import('../pipeline.ts');
  const raw = await extractFile(source);
  // Validated like a file would be: the export format is a contract, not just a type.
  const exp = parseExport(raw, 'pipeline output');
  const path =
    out ??
    join(
      mkdtempSync(join(tmpdir(), 'discourse-eval-')),
      `${basename(source, extname(source))}.json`,
    );
  writeFileSync(path, `${JSON.stringify(raw, null, 2)}\n`);
  return { exp, path };
}

type CrossCheck = { status: 'skipped'; reason: string } | { status: 'done'; stdout: string };

function runReferenceScorer(source: string, exportPath: string, gold: string[]): CrossCheck {
  const evalDir =
    process.env.EVAL_DIR ?? fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));
  const script = join(evalDir, 'score.py');
  if (!existsSync(script)) return { status: 'skipped', reason: `no ${script}` };
  const r = spawnSync('python3', [script, source, exportPath, ...gold], { encoding: 'utf8' });
  if (r.error) return { status: 'skipped', reason: `cannot run python3: ${r.error.message}` };
  if (r.status !== 0) throw new Error(`score.py failed (exit ${r.status}):\n${r.stderr}`);
  return { status: 'done', stdout: r.stdout };
}

/** The lines that differ, score.py's first; empty when both print the same. */
function diffLines(reference: string, ours: string): string[] {
  const a = reference.replace(/\n$/, '').split('\n');
  const b = ours.split('\n');
  const diff: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    diff.push(`  score.py: ${a[i] ?? '(no line)'}`, `  eval:     ${b[i] ?? '(no line)'}`);
  }
  return diff;
}

async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  const gold = expandGold(opts.gold);
  const lines = splitSourceLines(readUtf8(opts.source));
  let exp: ExtractionExport;
  let exportPath: string;
  if (opts.exportPath !== null) {
    exportPath = opts.exportPath;
    const text = readUtf8(exportPath);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new InputError(`${exportPath}: ${(e as Error).message}`);
    }
    exp = parseExport(json, exportPath);
  } else {
    ({ exp, path: exportPath } = await extractToFile(opts.source, opts.out));
    console.error(`export written to ${exportPath}`);
  }
  let merged: MergedGold;
  try {
    merged = loadGold(gold);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  const metrics = score(lines, exp, merged);
  console.log(opts.json ? formatMetricsJson(metrics) : formatMetrics(metrics));

  const check = runReferenceScorer(opts.source, exportPath, gold);
  if (check.status === 'skipped') {
    console.error(`cross-check: skipped (${check.reason})`);
    return 0;
  }
  const diff = diffLines(check.stdout, formatMetrics(metrics));
  if (diff.length === 0) {
    console.error('cross-check: identical');
    return 0;
  }
  console.error(['cross-check: the scorers disagree', ...diff].join('\n'));
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = e instanceof InputError ? 2 : 1;
  },
);
