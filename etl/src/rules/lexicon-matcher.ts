/**
 * Finds lexicon entries in text: exact aliases (case-insensitive for Latin, on word
 * boundaries) and, for Chinese names of three or more characters, toneless-pinyin matches,
 * which catch ASR homophones of known terms (a misheard 具身智能 written with other
 * characters of the same sound) without listing any misspelling.
 */
import type { LexiconEntry } from '../lexicon/types.ts';
import { syllable } from '../nlp/pinyin.ts';

export interface LexiconHit {
  entry: LexiconEntry;
  surface: string;
  start: number;
  end: number;
  method: 'exact' | 'pinyin';
}

interface Form {
  entry: LexiconEntry;
  form: string;
  weak: boolean;
}

const LATIN = /[a-z0-9]/i;
const HAN = /\p{Script=Han}/u;

interface TrieNode {
  next: Map<string, TrieNode>;
  forms: Form[];
}

export class LexiconMatcher {
  /** Lower-cased forms in a character trie: one walk per position finds every form there. */
  private readonly trie: TrieNode = { next: new Map(), forms: [] };
  /** Forms of three or more Han characters by their first two syllables. */
  private readonly bySound = new Map<string, Map<string, { entry: LexiconEntry; sounds: string[]; form: string }[]>>();

  constructor(entries: readonly LexiconEntry[], options: { pinyin?: boolean; minPinyinChars?: number } = {}) {
    const minPinyin = options.minPinyinChars ?? 3;
    for (const entry of entries) {
      const forms = new Set([entry.canonical, ...entry.aliases]);
      for (const form of forms) this.add({ entry, form, weak: false });
      for (const form of entry.weakAliases ?? []) this.add({ entry, form, weak: true });
      if (options.pinyin === false) continue;
      for (const form of forms) {
        const chars = [...form];
        if (chars.length < minPinyin || !chars.every((c) => HAN.test(c))) continue;
        const sounds = chars.map(syllable);
        let second = this.bySound.get(sounds[0]!);
        if (!second) this.bySound.set(sounds[0]!, (second = new Map()));
        second.set(sounds[1]!, [...(second.get(sounds[1]!) ?? []), { entry, sounds, form }]);
      }
    }
  }

  private add(f: Form): void {
    let node = this.trie;
    for (const ch of f.form.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), forms: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.forms.push(f);
  }

  /**
   * Non-overlapping hits in `text`, longest first at each position. Weak aliases (ordinary
   * words that are also names) count only when `context` accepts the hit.
   */
  find(
    text: string,
    context: (hit: LexiconHit, weak: boolean) => boolean = (_h, weak) => !weak,
    sounds: string[] = syllablesAt(text),
  ): LexiconHit[] {
    const lower = text.toLowerCase();
    const hits: LexiconHit[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = this.exactAt(text, lower, i, context) ?? this.soundAt(text, sounds, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  private exactAt(
    text: string,
    lower: string,
    i: number,
    context: (hit: LexiconHit, weak: boolean) => boolean,
  ): LexiconHit | null {
    // collect the forms ending at each depth, then try the longest first
    const found: { end: number; forms: Form[] }[] = [];
    let node: TrieNode | undefined = this.trie;
    for (let k = i; k < lower.length; k++) {
      node = node.next.get(lower[k]!);
      if (!node) break;
      if (node.forms.length) found.push({ end: k + 1, forms: node.forms });
    }
    for (let f = found.length - 1; f >= 0; f--) {
      const { end, forms } = found[f]!;
      for (const form of forms) {
        // Latin forms must stand on word boundaries: 'Yi' is not inside 'Yield'
        if (LATIN.test(form.form[0]!) && i > 0 && LATIN.test(text[i - 1]!)) continue;
        if (LATIN.test(form.form.at(-1)!) && end < text.length && /[a-z]/i.test(text[end]!)) continue;
        const hit: LexiconHit = { entry: form.entry, surface: text.slice(i, end), start: i, end, method: 'exact' };
        if (context(hit, form.weak)) return hit;
      }
    }
    return null;
  }

  private soundAt(text: string, sounds: string[], i: number): LexiconHit | null {
    const first = sounds[i];
    if (!first || !sounds[i + 1]) return null;
    const list = this.bySound.get(first)?.get(sounds[i + 1]!);
    if (!list) return null;
    for (const cand of list) {
      const n = cand.sounds.length;
      if (i + n > text.length) continue;
      let ok = true;
      for (let k = 2; k < n && ok; k++) ok = sounds[i + k] === cand.sounds[k];
      if (!ok) continue;
      const surface = text.slice(i, i + n);
      return { entry: cand.entry, surface, start: i, end: i + n, method: surface === cand.form ? 'exact' : 'pinyin' };
    }
    return null;
  }
}

/** Toneless syllable at each UTF-16 index ('' where the character is not Chinese). */
export function syllablesAt(text: string): string[] {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = syllable(text[i]!);
  return out;
}
