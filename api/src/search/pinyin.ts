import { pinyin } from 'pinyin-pro';

/** The one place api/ calls pinyin-pro. */

const HAN = /\p{Script=Han}/u;

/** Width-folded, lower-cased, single-spaced text: how every written form is compared. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Toneless pinyin syllables of the Han characters, with Latin runs kept as written
 * (lower-cased): 刘芊 → ['liu', 'qian'], DeepSeek R1 → ['deepseek r1'].
 */
export function syllables(text: string): string[] {
  const folded = normalize(text);
  if (!hasHan(folded)) return folded ? [folded] : [];
  return pinyin(folded, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A key under which every spelling that sounds the same collides: toneless pinyin (or the
 * Latin letters), lower case, letters and digits only. 刘倩, 劉倩, 刘芊 and 刘潜 → `liuqian`.
 */
export function pinyinKey(text: string): string {
  return syllables(text)
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
