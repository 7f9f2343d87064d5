/**
 * The matching copy of a text: width folded, traditional characters simplified, emoji blanked,
 * always EXACTLY as long (in UTF-16 units) as the original, so an offset into the copy is an
 * offset into the original. The only module that imports opencc-js.
 */
import { Locale, Trie } from 'opencc-js/t2cn';

/**
 * Traditional characters that OpenCC simplifies by default but keeps as they are in some of its
 * own phrase entries (乾隆, 於世成, 張昇, 楊聯陞 …), and that the 2013 通用规范汉字表 keeps as
 * standard characters for personal names. Simplifying them merges distinct names (陳乾 → 陈干),
 * so they are never rewritten.
 */
export const NAME_PROTECTED_CHARS: readonly string[] = [
  '乾',
  '於',
  '昇',
  '陞',
  '釐',
  '氾',
  '脩',
  '祕',
];

const PROTECTED = new Set(NAME_PROTECTED_CHARS);

/** U+FFE0–U+FFE6 have no fixed offset to their narrow forms. */
const FULLWIDTH_SIGNS = [0xa2, 0xa3, 0xac, 0xaf, 0xa6, 0xa5, 0x20a9];

/** Emoji and their joiners, selectors, skin tones, flags, keycaps and tags; music notes. */
const BLANKED =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3\u2669-\u266C\u{E0020}-\u{E007F}]/u;

const SPACE = 0x20;

/**
 * Replacement of every BMP code unit by the width/emoji pass: 0 keeps it, SPACE blanks it,
 * anything else is the folded character (full-width ASCII and signs, ideographic space, CJK
 * compatibility ideographs). Built on first use.
 */
let bmpFold: Uint16Array | null = null;

function getBmpFold(): Uint16Array {
  if (bmpFold) return bmpFold;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c === 0x3000) table[c] = SPACE;
    else if (c >= 0xff01 && c <= 0xff5e) table[c] = c - 0xfee0;
    else if (c >= 0xffe0 && c <= 0xffe6) table[c] = FULLWIDTH_SIGNS[c - 0xffe0] ?? 0;
    else if (c >= 0xf900 && c <= 0xfaff) {
      const unified = ch.normalize('NFC');
      if (unified.length === 1 && unified !== ch) table[c] = unified.charCodeAt(0);
    } else if (BLANKED.test(ch)) table[c] = SPACE;
  }
  bmpFold = table;
  return table;
}

const astralBlanked = new Map<number, boolean>();

function isBlankedAstral(codePoint: number): boolean {
  let blanked = astralBlanked.get(codePoint);
  if (blanked === undefined) {
    blanked = BLANKED.test(String.fromCodePoint(codePoint));
    astralBlanked.set(codePoint, blanked);
  }
  return blanked;
}

const SPACES = ['', ' ', '  '];

/**
 * Width folding and emoji blanking in one pass; returns `text` itself when nothing changes.
 * Also says whether the text has a character the simplifier converts, so simplified text (the
 * usual case) skips the OpenCC walk.
 */
function foldWidthAndEmoji(
  text: string,
  traditional: Uint8Array,
): { folded: string; hasTraditional: boolean } {
  const table = getBmpFold();
  let out = '';
  let copied = 0;
  let hasTraditional = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement = table[c] ?? 0;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        const codePoint = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        if (isBlankedAstral(codePoint)) replacement = SPACE;
        else if (!hasTraditional && simplifierConverts(codePoint)) hasTraditional = true;
      }
    } else if (traditional[c] === 1) hasTraditional = true;
    if (replacement !== 0) {
      out +=
        text.slice(copied, i) +
        (replacement === SPACE ? SPACES[width] : String.fromCharCode(replacement));
      copied = i + width;
    }
    i += width - 1;
  }
  const folded = copied === 0 ? text : out + text.slice(copied);
  return { folded, hasTraditional };
}

interface Simplifier {
  /** Phrases and single characters, longest match first (OpenCC's own algorithm). */
  trie: Trie;
  /** Single-character conversions that change the character (protected ones excluded). */
  chars: Map<string, string>;
  /** 1 for each BMP character that `chars` converts; text without one is taken as simplified. */
  traditional: Uint8Array;
  /** The same for characters outside the BMP. */
  traditionalAstral: Set<number>;
}

let simplifier: Simplifier | null = null;

function entries(dict: unknown): [string, string][] {
  if (typeof dict === 'string') {
    return dict.split('|').map((entry) => {
      const [source = '', target = ''] = entry.split(' ');
      return [source, target];
    });
  }
  return (dict as readonly (readonly [string, string])[]).map(([s, t]) => [s, t]);
}

/** Built on first use (about 30 ms), so importing this module costs nothing. */
function getSimplifier(): Simplifier {
  if (simplifier) return simplifier;
  const trie = new Trie();
  const chars = new Map<string, string>();
  for (const group of Locale.to.cn ?? []) {
    for (const dict of group) {
      for (const [source, target] of entries(dict)) {
        if (!source || !target) continue;
        if ([...source].length === 1) {
          if (source !== target && !PROTECTED.has(source)) chars.set(source, target);
        } else {
          trie.addWord(source, target);
        }
      }
    }
  }
  const traditional = new Uint8Array(0x10000);
  const traditionalAstral = new Set<number>();
  for (const c of chars.keys()) {
    const codePoint = c.codePointAt(0) ?? 0;
    if (codePoint > 0xffff) traditionalAstral.add(codePoint);
    else traditional[codePoint] = 1;
  }
  simplifier = { trie, chars, traditional, traditionalAstral };
  return simplifier;
}

/**
 * A phrase conversion is used only when it keeps the length, leaves protected characters alone
 * and the phrase has a traditional character in it: OpenCC also rewrites some all-simplified
 * phrases (打坏 → 打坯), which would corrupt simplified text.
 */
function acceptablePhrase(source: string, target: string, s: Simplifier): boolean {
  if (source.length !== target.length) return false;
  let traditional = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c !== target.charAt(i) && PROTECTED.has(c)) return false;
    if (s.chars.has(c)) traditional = true;
  }
  return traditional;
}

function simplifierConverts(codePoint: number): boolean {
  return getSimplifier().traditionalAstral.has(codePoint);
}

function simplify(text: string, s: Simplifier): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const phrase = s.trie.matchPrefix(text, i);
    let end: number;
    let target: string;
    if (phrase !== null && acceptablePhrase(text.slice(i, phrase.end), phrase.value, s)) {
      end = phrase.end;
      target = phrase.value;
    } else {
      end = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
      const c = text.slice(i, end);
      const converted = s.chars.get(c);
      target = converted !== undefined && converted.length === c.length ? converted : c;
    }
    if (target !== text.slice(i, end)) {
      out += text.slice(copied, i) + target;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * A copy of `text` for matching, of exactly the same UTF-16 length: full-width ASCII → ASCII,
 * ideographic space → space, traditional → simplified Chinese (OpenCC phrases and characters,
 * only where the conversion keeps the length; NAME_PROTECTED_CHARS never change), emoji and
 * music notes → one space per UTF-16 unit. Case is kept.
 *
 * @example normaliseForMatching('陳乾說：ＧＰＴ－４o很好😊') === '陈乾说:GPT-4o很好  '
 */
export function normaliseForMatching(text: string): string {
  const s = getSimplifier();
  const { folded, hasTraditional } = foldWidthAndEmoji(text, s.traditional);
  return hasTraditional ? simplify(folded, s) : folded;
}
