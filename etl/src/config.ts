/** Where transcripts are read from: CORPUS_DIR, else ../shared/corpus beside the repository. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export function defaultCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CORPUS_DIR) return path.resolve(env.CORPUS_DIR);
  const shared = path.resolve(REPO, '../shared/corpus');
  if (existsSync(shared)) return shared;
  throw new Error('no corpus folder: set CORPUS_DIR (default ../shared/corpus does not exist)');
}
