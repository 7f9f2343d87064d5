/**
 * When two spellings of a Chinese name are the same person misheard: equal length, close
 * toneless pinyin syllable by syllable (ch/sh, an/ang… count half), at most one syllable's
 * worth of difference in all, and the surname sounding the same or nearly so.
 *
 *   刘芊 ~ 刘倩 (identical pinyin)   黄潮 ~ 黄哨 (ch/sh)   刘秋生 ≁ 刘瑞英 (two people, one surname)
 */
import { syllable, syllableDistance } from '../nlp/pinyin.ts';

export interface NameMatch {
  distance: number;
  method: 'identical' | 'homophone' | 'near-homophone';
}

const HAN = /^\p{Script=Han}+$/u;

const cache = new Map<string, NameMatch | null>();

export function nameSimilarity(a: string, b: string): NameMatch | null {
  if (a === b) return IDENTICAL;
  if (a.length !== b.length) return null;
  const key = `${a}|${b}`;
  let m = cache.get(key);
  if (m === undefined) {
    m = compare(a, b);
    cache.set(key, m);
  }
  return m;
}

const IDENTICAL: NameMatch = { distance: 0, method: 'identical' };

function compare(a: string, b: string): NameMatch | null {
  if (!HAN.test(a) || !HAN.test(b)) return null;
  // characters, not UTF-16 units: the surrogate halves of two different CJK Extension B
  // characters would both read as '' and so sound the same
  const ca = [...a];
  const cb = [...b];
  if (ca.length !== cb.length) return null;
  let total = 0;
  for (let i = 0; i < ca.length; i++) {
    const d = syllableDistance(syllable(ca[i]!), syllable(cb[i]!));
    if (i === 0 && d > 0.5) return null; // a surname is rarely misheard beyond a confusable sound
    total += d;
    if (total > 1) return null;
  }
  // two-character names have little redundancy: allow only one confusable part
  if (ca.length === 2 && total > 0.5 && ca[0] !== cb[0] && ca[1] !== cb[1]) return null;
  return { distance: total, method: total === 0 ? 'homophone' : 'near-homophone' };
}

/** Given name of a full name (刘倩 → 乾, 李佳蕊 → 佳蕊); null for two-character names. */
export function givenName(full: string): string | null {
  return full.length === 3 ? full.slice(1) : null;
}
