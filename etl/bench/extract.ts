/**
 * Extraction throughput on the whole corpus, against raw @node-rs/jieba segmentation of the
 * same text in the same run, plus peak memory. Prints figures; asserts nothing.
 *   npm run bench:extract [-- folder]
 */
import { readFile } from 'node:fs/promises';
import { collectFiles } from '../src/stages/07-load/index.ts';
import { parseSource } from '../src/stages/01-parse/index.ts';
import { runPipeline } from '../src/pipeline.ts';
import { cutWords } from '../src/nlp/jieba.ts';
import { defaultCorpusDir } from '../src/config.ts';

const files = await collectFiles([process.argv[2] ?? defaultCorpusDir()]);
const inputs = await Promise.all(files.map(async (f) => ({ file: f, bytes: await readFile(f) })));
const texts = inputs.map((i) => i.bytes.toString('utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);

let peak = process.memoryUsage().rss;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

// warm both paths once (dictionary loads, JIT) so neither pays start-up in the timing
cutWords(texts[0]!.slice(0, 2000));
runPipeline(parseSource(inputs[0]!.bytes, inputs[0]!.file).doc);

const rounds = 3;
let jiebaMs = Infinity;
let pipelineMs = Infinity;
for (let r = 0; r < rounds; r++) {
  let t0 = performance.now();
  for (const t of texts) cutWords(t);
  jiebaMs = Math.min(jiebaMs, performance.now() - t0);
  t0 = performance.now();
  for (const i of inputs) runPipeline(parseSource(i.bytes, i.file).doc);
  pipelineMs = Math.min(pipelineMs, performance.now() - t0);
}
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);

const jiebaRate = chars / (jiebaMs / 1000);
const pipelineRate = chars / (pipelineMs / 1000);
console.log(`corpus: ${files.length} files, ${chars.toLocaleString()} characters (best of ${rounds})`);
console.log(`raw jieba cut (HMM): ${jiebaMs.toFixed(0)} ms, ${Math.round(jiebaRate).toLocaleString()} chars/s`);
console.log(`extraction pipeline: ${pipelineMs.toFixed(0)} ms, ${Math.round(pipelineRate).toLocaleString()} chars/s`);
console.log(`ratio: ${((pipelineRate / jiebaRate) * 100).toFixed(1)}% of raw jieba throughput`);
console.log(`peak RSS: ${(peak / 2 ** 20).toFixed(0)} MB`);
