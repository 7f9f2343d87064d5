/**
 * When things were said. Subtitles carry times; plain transcripts do not, so a position's
 * time is estimated from its character offset at a typical speaking rate, and the result
 * says which basis was used.
 */
import type { SourceDoc } from './types.ts';
import type { Unit } from './stages/02-segment/index.ts';

/** Typical broadcast speaking rates: about 270 Chinese characters or 900 Latin characters a minute. */
export const CHARS_PER_SECOND = { zh: 4.5, en: 15 } as const;

export interface Timing {
  basis: 'subtitles' | 'estimated';
  charsPerSecond: number;
  /** Seconds from the start at each unit's start. */
  unitStart: number[];
  durationSec: number;
}

export function estimateTimes(doc: SourceDoc, units: Unit[]): Timing {
  const rate = CHARS_PER_SECOND[doc.language];
  const timed = doc.blocks.length > 0 && doc.blocks.every((b) => b.startSec !== null || b.nonSpeech);
  const unitStart: number[] = [];
  let chars = 0;
  for (const u of units) {
    const b = doc.blocks[u.block]!;
    if (timed && b.startSec !== null) {
      const span = Math.max(0, (b.endSec ?? b.startSec) - b.startSec);
      unitStart.push(b.startSec + (span * u.start) / Math.max(1, b.text.length));
    } else unitStart.push(chars / rate);
    chars += u.end - u.start;
  }
  const lastBlock = doc.blocks.at(-1);
  const durationSec = timed ? lastBlock?.endSec ?? lastBlock?.startSec ?? 0 : chars / rate;
  return { basis: timed ? 'subtitles' : 'estimated', charsPerSecond: rate, unitStart, durationSec };
}
