/**
 * The one wrapper around @node-rs/jieba. Word segmentation with the HMM on, so out-of-
 * vocabulary words (most personal names) come out as single tokens.
 */
import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

let instance: Jieba | null = null;

function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}

/** Splits Chinese text into words; the concatenation of the result is the input. */
export function cutWords(text: string): string[] {
  return jieba().cut(text, true);
}

/** Words with their UTF-16 offsets into `text`. */
export function tokenize(text: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  let index = 0;
  for (const word of cutWords(text)) {
    out.push({ word, index });
    index += word.length;
  }
  return out;
}

let entries: Map<string, { freq: number; tag: string }> | null = null;

/** jieba's own dictionary entry for a word (frequency and POS tag), if it has one. */
export function dictionaryEntry(word: string): { freq: number; tag: string } | undefined {
  if (!entries) {
    entries = new Map();
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [w, f, t] = line.split(' ');
      if (w && t) entries.set(w, { freq: Number(f), tag: t });
    }
  }
  return entries.get(word);
}

let idfTable: Map<string, number> | null = null;

/** Inverse document frequency of a word in jieba's reference corpus (rare words score high). */
export function idfOf(word: string): number {
  if (!idfTable) {
    idfTable = new Map();
    for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
      const [w, v] = line.split(' ');
      if (w && v) idfTable.set(w, Number(v));
    }
  }
  return idfTable.get(word) ?? 12;
}
