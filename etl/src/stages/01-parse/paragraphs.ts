/**
 * Corpus, plain and labelled transcripts → blocks: one per non-empty line except the title line.
 * In a labelled transcript a block starts after its label; a line without a label continues the
 * previous speaker (its block carries that label, starting at the line's first character).
 */
import { contentBlock, type RawBlock } from './blocks.ts';
import type { LabelScan } from './formats.ts';

const NO_TIMES = { startSec: null, endSec: null } as const;

export function parseParagraphs(
  lines: readonly string[],
  titleLine: number | null,
  labels: LabelScan | null,
): RawBlock[] {
  const blocks: RawBlock[] = [];
  let speaker: string | null = null;
  lines.forEach((text, i) => {
    if (i === titleLine) return;
    const labelled = labels?.byLine.get(i);
    if (labelled) speaker = labelled.label;
    const block = contentBlock(text, i + 1, labelled?.contentIndex ?? 0, {
      label: speaker,
      ...NO_TIMES,
    });
    if (block) blocks.push(block);
  });
  return blocks;
}
