/**
 * Stage 01-parse. Input: the bytes of one transcript file and its path. Output: a SourceDoc
 * (decoded lines, format, title, language, one block per paragraph, labelled turn or cue line,
 * each with its normalised copy) plus warnings. It must not interpret the content beyond that:
 * no segmentation, no speaker or entity guessing. Refused input throws InputError.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { normaliseForMatching } from '../../nlp/normalise.ts';
import type { Block, Diagnostic, Language, SourceDoc } from '../../types.ts';
import { isNonSpeech, warning, type RawBlock } from './blocks.ts';
import { decodeTranscript, splitLines } from './decode.ts';
import { detectFormat } from './formats.ts';
import { detectLanguage, documentLanguage } from './language.ts';
import { parseParagraphs } from './paragraphs.ts';
import { blankMarkup, parseSubtitles } from './subtitles.ts';
import { parseTitleLine, titleFromFileName } from './title.ts';

const MAX_ID_CHARS = 80;

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Stable transcript key from the file name: base name without extension, NFKC, lower case,
 * anything but letters, digits and '-' → '-'. Letters of other scripts are kept (readable ids
 * for Chinese names); Latin accents are dropped. A name with nothing left gets a short hash.
 * @example docIdFromPath('/x/WAIC24-P55.md') === 'waic24-p55'
 */
export function docIdFromPath(file: string): string {
  const name = basename(file, extname(file));
  const id = [
    ...name
      .normalize('NFKD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, ''),
  ]
    .slice(0, MAX_ID_CHARS)
    .join('')
    .replace(/-$/, '');
  return id || `doc-${sha256(name || file).slice(0, 8)}`;
}

/** Normalised copy, non-speech and language per block; the document language fills the gaps. */
function finishBlocks(
  raw: readonly RawBlock[],
  markup: boolean,
): { blocks: Block[]; language: Language } {
  const blocks: Block[] = [];
  const undetermined: Block[] = [];
  let zhChars = 0;
  let enChars = 0;
  for (const b of raw) {
    const folded = normaliseForMatching(b.text);
    const norm = markup ? blankMarkup(folded) : folded;
    const nonSpeech = b.nonSpeech || isNonSpeech(b.text, norm);
    const detected = nonSpeech ? null : detectLanguage(norm);
    if (detected === 'zh') zhChars += b.text.length;
    else if (detected === 'en') enChars += b.text.length;
    const block: Block = {
      ...b,
      norm,
      nonSpeech,
      label: nonSpeech ? null : b.label,
      language: detected ?? 'zh',
    };
    if (detected === null) undetermined.push(block);
    blocks.push(block);
  }
  const language = documentLanguage(zhChars, enChars);
  for (const block of undetermined) block.language = language;
  return { blocks, language };
}

/**
 * Parse one transcript file.
 * @throws InputError when the file is empty, binary or not decodable.
 */
export function parseSource(
  bytes: Uint8Array,
  file: string,
): { doc: SourceDoc; diagnostics: Diagnostic[] } {
  const { text, encoding } = decodeTranscript(bytes, file);
  const lines = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  if (encoding === 'gb18030') {
    diagnostics.push(warning('decode/gb18030', 'not UTF-8; decoded as GB18030', null));
  }
  const detected = detectFormat(lines);
  const { format } = detected;
  let raw: RawBlock[];
  let title = detected.titleLine !== null ? parseTitleLine(lines[detected.titleLine] ?? '') : null;
  if (format === 'srt' || format === 'vtt') {
    const subtitles = parseSubtitles(lines, format);
    raw = subtitles.blocks;
    diagnostics.push(...subtitles.diagnostics);
    if (subtitles.headerTitle)
      title = {
        ...titleFromFileName(file),
        raw: subtitles.headerTitle,
        sessionTitle: subtitles.headerTitle,
      };
  } else {
    raw = parseParagraphs(lines, detected.titleLine, detected.labels);
    if (!title) diagnostics.push(warning('title/missing', 'no title line', { line: 1, index: 0 }));
  }
  const { blocks, language } = finishBlocks(raw, format === 'srt' || format === 'vtt');
  const doc: SourceDoc = {
    id: docIdFromPath(file),
    path: file,
    format,
    encoding,
    language,
    title: title ?? titleFromFileName(file),
    lines,
    blocks,
    contentHash: sha256(bytes).slice(0, 16),
  };
  return { doc, diagnostics };
}
