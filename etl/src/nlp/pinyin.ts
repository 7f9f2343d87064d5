/**
 * The one wrapper around pinyin-pro. Toneless syllables per character, cached, because ASR
 * errors are homophones: 具身/句深 and 刘倩/刘芊 share toneless pinyin.
 */
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, string>();

/** Toneless pinyin of one character ('' for non-Chinese characters). */
export function syllable(ch: string): string {
  let s = cache.get(ch);
  if (s === undefined) {
    s = /\p{Script=Han}/u.test(ch) ? pinyin(ch, { toneType: 'none', type: 'string' }) : '';
    cache.set(ch, s);
  }
  return s;
}

const near = new Map<string, string[]>();

/** Syllables within half a step of `s`: one confusable initial or final swapped (ch/sh, an/ang). */
export function nearSyllables(s: string): string[] {
  let list = near.get(s);
  if (!list) {
    const [initial, final] = splitSyllable(s);
    const out = new Set([s]);
    for (const pair of CLOSE_INITIALS) {
      const [a, b] = pair.split('|') as [string, string];
      if (a === initial) out.add(b + final);
      if (b === initial) out.add(a + final);
    }
    for (const pair of CLOSE_FINALS) {
      const [a, b] = pair.split('|') as [string, string];
      if (a === final) out.add(initial + b);
      if (b === final) out.add(initial + a);
    }
    list = [...out];
    near.set(s, list);
  }
  return list;
}

/** Toneless syllables of each character of `text` (non-Chinese characters give ''). */
export function syllables(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) out.push(syllable(ch));
  return out;
}

/** A toneless pinyin key, e.g. 刘芊 → 'liu qian'; non-Chinese characters kept lower-cased. */
export function pinyinKey(text: string): string {
  const parts: string[] = [];
  for (const ch of text) {
    const s = syllable(ch);
    parts.push(s || ch.toLowerCase());
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];

/** Splits a syllable into initial and final: 'shao' → ['sh', 'ao']. */
export function splitSyllable(s: string): [string, string] {
  for (const i of INITIALS) if (s.startsWith(i) && s.length > i.length) return [i, s.slice(i.length)];
  return ['', s];
}

/** Pairs that speech recognisers (and southern accents) confuse. */
const CLOSE_INITIALS = new Set(['zh|z', 'ch|c', 'sh|s', 'n|l', 'f|h', 'r|l', 'ch|sh', 'zh|j', 'ch|q', 'sh|x', 'z|c', 'j|q', 'q|x']);
const CLOSE_FINALS = new Set(['an|ang', 'en|eng', 'in|ing', 'ian|iang', 'uan|uang', 'ao|ou', 'ui|ei', 'e|ei', 'ie|ei', 'un|ong', 'ao|iao', 'ian|an', 'uan|an', 'ian|uan', 'an|uan', 'ing|ong', 'ue|ie']);

function close(set: Set<string>, a: string, b: string): boolean {
  return a === b || set.has(`${a}|${b}`) || set.has(`${b}|${a}`);
}

/**
 * Distance between two toneless syllables: 0 identical, 0.5 one confusable part
 * (ch/sh, an/ang), 1 one part different, 2 both different.
 */
export function syllableDistance(a: string, b: string): number {
  if (a === b) return 0;
  const key = `${a}|${b}`;
  let d = distances.get(key);
  if (d === undefined) {
    d = computeDistance(a, b);
    distances.set(key, d);
  }
  return d;
}

const distances = new Map<string, number>();

function computeDistance(a: string, b: string): number {
  const [ia, fa] = splitSyllable(a);
  const [ib, fb] = splitSyllable(b);
  let d = 0;
  if (ia !== ib) d += close(CLOSE_INITIALS, ia, ib) ? 0.5 : 1;
  if (fa !== fb) d += close(CLOSE_FINALS, fa, fb) ? 0.5 : 1;
  return d;
}
