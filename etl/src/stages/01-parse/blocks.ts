/**
 * Helpers shared by the paragraph and subtitle parsers: the block shape before normalisation,
 * trimming a line to its content, and what counts as non-speech.
 */
import type { Block, Diagnostic, Pos } from '../../types.ts';

/** A block as the parsers find it; normalisation and language are added afterwards. */
export type RawBlock = Omit<Block, 'norm' | 'language'>;

export const STAGE = '01-parse';

/** `![](img/…)` on a line of its own. */
const IMAGE_LINE = /^!\[[^\]]*\]\([^)]*\)$/;
/** Sound tags that stand for no speech: [Music], (applause), 【音乐】, [掌声] … */
const SOUND_TAGS =
  /^(?:[[(（【]\s*(?:music|applause|laughter|laughs|cheering|cheers|silence|inaudible|no audio|音乐|背景音乐|音效|掌声|鼓掌|笑声|欢呼|静音)\s*[\])）】]\s*)+$/iu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isImageLine(text: string): boolean {
  return IMAGE_LINE.test(text);
}

/**
 * A block for line `line` (1-based) with its content starting at or after `from`: leading and
 * trailing white space are not part of the block. Null when nothing is left.
 */
export function contentBlock(
  lineText: string,
  line: number,
  from: number,
  fields: Pick<RawBlock, 'label' | 'startSec' | 'endSec'>,
): RawBlock | null {
  let start = from;
  while (start < lineText.length && /\s/.test(lineText.charAt(start))) start++;
  const text = lineText.slice(start).trimEnd();
  if (!text) return null;
  return { line, index: start, text, nonSpeech: isImageLine(text), ...fields };
}

/** No speech in it: an image, only sound tags, or (after blanking emoji) no letters or digits. */
export function isNonSpeech(text: string, norm: string): boolean {
  return isImageLine(text) || SOUND_TAGS.test(text) || !WORD_CHAR.test(norm);
}

export function warning(rule: string, message: string, pos: Pos | null): Diagnostic {
  return { severity: 'warning', stage: STAGE, rule, message, pos };
}
