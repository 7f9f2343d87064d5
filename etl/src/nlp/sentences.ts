/**
 * Splits normalised text into sentences. ASR transcripts punctuate loosely, so a sentence
 * ends at 。？！?!； or at a jingle marker; the pieces cover the whole input.
 */

export interface Span {
  start: number;
  end: number;
}

const END = /[。？！?!；;…]+|\s{2,}/g;

/** Sentence spans (UTF-16 offsets) of `norm`, trimmed of leading spaces and commas. */
export function sentenceSpans(norm: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(norm); m; m = END.exec(norm)) {
    push(spans, norm, start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(spans, norm, start, norm.length);
  return spans;
}

function push(spans: Span[], norm: string, start: number, end: number): void {
  while (start < end && /[\s，,、]/.test(norm[start]!)) start++;
  if (end - start > 0 && /[^\s。？！?!；;…，,]/.test(norm.slice(start, end))) spans.push({ start, end });
}

/** Clause spans: sentences further split at commas (for hand-over cues inside a sentence). */
export function clauseSpans(norm: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (norm[i] === '，' || norm[i] === ',') {
      push(out, norm, start, i + 1);
      start = i + 1;
    }
  }
  push(out, norm, start, span.end);
  return out;
}
