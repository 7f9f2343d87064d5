/**
 * Latin product names inside Chinese speech come out of ASR bent (a model name heard as
 * "midjoney"): matches a Latin word to the closest known Latin name within a small edit
 * distance, same first letter. Only for Chinese text, where Latin words are names anyway.
 *
 *   midjoney → Midjourney (2 edits, 8+ letters)     sorra → Sora (1 edit under 8 letters)
 */
import type { LexiconEntry } from '../lexicon/types.ts';

export interface FuzzyHit {
  entry: LexiconEntry;
  surface: string;
  start: number;
  end: number;
}

const WORD = /[A-Za-z][A-Za-z0-9]*/g;

export class LatinFuzzyMatcher {
  private readonly forms: { lower: string; entry: LexiconEntry }[] = [];

  constructor(entries: readonly LexiconEntry[]) {
    for (const entry of entries) {
      for (const form of [entry.canonical, ...entry.aliases]) {
        if (/^[A-Za-z][A-Za-z0-9]{2,}$/.test(form)) this.forms.push({ lower: form.toLowerCase(), entry });
      }
    }
  }

  find(text: string, exclude: (start: number, end: number) => boolean): FuzzyHit[] {
    const hits: FuzzyHit[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0].toLowerCase();
      if (word.length < 3 || exclude(m.index, m.index + m[0].length)) continue;
      const allowed = word.length < 8 ? 1 : 2;
      let best: { entry: LexiconEntry; d: number } | null = null;
      for (const f of this.forms) {
        if (f.lower[0] !== word[0] || Math.abs(f.lower.length - word.length) > allowed || f.lower === word) continue;
        const d = editDistance(word, f.lower, allowed);
        if (d <= allowed && (!best || d < best.d)) best = { entry: f.entry, d };
      }
      if (best) hits.push({ entry: best.entry, surface: m[0], start: m.index, end: m.index + m[0].length });
    }
    return hits;
  }
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]!);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
