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

export class LexiconMatcher {
  private readonly byFirst = new Map<string, Form[]>();
  private readonly bySound = new Map<string, { entry: LexiconEntry; sounds: string[]; form: string }[]>();

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
        const key = `${sounds[0]} ${sounds[1]}`;
        const list = this.bySound.get(key) ?? [];
        list.push({ entry, sounds, form });
        this.bySound.set(key, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  }

  private add(f: Form): void {
    const key = f.form[0]!.toLowerCase();
    const list = this.byFirst.get(key) ?? [];
    list.push(f);
    this.byFirst.set(key, list);
  }

  /**
   * Non-overlapping hits in `text`, longest first at each position. Weak aliases (ordinary
   * words that are also names) count only when `context` accepts the hit.
   */
  find(text: string, context: (hit: LexiconHit, weak: boolean) => boolean = (_h, weak) => !weak): LexiconHit[] {
    const lower = text.toLowerCase();
    const hits: LexiconHit[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = this.exactAt(text, lower, i, context) ?? this.soundAt(text, i);
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
    const list = this.byFirst.get(lower[i]!);
    if (!list) return null;
    for (const f of list) {
      const formLower = f.form.toLowerCase();
      if (!lower.startsWith(formLower, i)) continue;
      const end = i + f.form.length;
      // Latin forms must stand on word boundaries: 'Yi' is not inside 'Yield'
      if (LATIN.test(f.form[0]!) && i > 0 && LATIN.test(text[i - 1]!)) continue;
      if (LATIN.test(f.form.at(-1)!) && end < text.length && /[a-z]/i.test(text[end]!)) continue;
      const hit: LexiconHit = { entry: f.entry, surface: text.slice(i, end), start: i, end, method: 'exact' };
      if (context(hit, f.weak)) return hit;
    }
    return null;
  }

  private soundAt(text: string, i: number): LexiconHit | null {
    if (!this.bySound.size || !HAN.test(text[i]!) || !HAN.test(text[i + 1] ?? '')) return null;
    const list = this.bySound.get(`${syllable(text[i]!)} ${syllable(text[i + 1]!)}`);
    if (!list) return null;
    for (const cand of list) {
      const n = cand.sounds.length;
      if (i + n > text.length) continue;
      let ok = true;
      for (let k = 2; k < n && ok; k++) ok = syllable(text[i + k]!) === cand.sounds[k];
      if (!ok) continue;
      const surface = text.slice(i, i + n);
      return { entry: cand.entry, surface, start: i, end: i + n, method: surface === cand.form ? 'exact' : 'pinyin' };
    }
    return null;
  }
}
