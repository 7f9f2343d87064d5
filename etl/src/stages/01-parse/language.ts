/**
 * zh or en, by script: Han characters against Latin letters. One Han character carries about as
 * much as a short English word, so each counts as HAN_WEIGHT letters; a Chinese sentence with
 * 'GPT-4o' in it stays zh, an English one with a Chinese name in it stays en.
 */
import type { Language } from '../../types.ts';

const HAN_WEIGHT = 3;

const HAN = 1;
const LATIN = 2;

/** Script of each BMP code unit: HAN, LATIN or 0. */
const SCRIPT = new Uint8Array(0x10000);
const mark = (from: number, to: number, script: number): void => {
  SCRIPT.fill(script, from, to + 1);
};
mark(0x41, 0x5a, LATIN);
mark(0x61, 0x7a, LATIN);
mark(0xc0, 0x24f, LATIN);
SCRIPT[0xd7] = 0;
SCRIPT[0xf7] = 0;
mark(0x1e00, 0x1eff, LATIN);
mark(0xff21, 0xff3a, LATIN);
mark(0xff41, 0xff5a, LATIN);
mark(0x2e80, 0x2fdf, HAN);
mark(0x3005, 0x3005, HAN);
mark(0x3007, 0x3007, HAN);
mark(0x3400, 0x4dbf, HAN);
mark(0x4e00, 0x9fff, HAN);
mark(0xf900, 0xfaff, HAN);
// High surrogates of planes 2 and 3 (CJK extensions B–H): one count per character.
mark(0xd840, 0xd8bf, HAN);

export interface ScriptCounts {
  han: number;
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const script = SCRIPT[text.charCodeAt(i)];
    if (script === HAN) han++;
    else if (script === LATIN) latin++;
  }
  return { han, latin };
}

/** The language of a text, or null when it has neither Han characters nor Latin letters. */
export function detectLanguage(text: string): Language | null {
  const { han, latin } = countScripts(text);
  if (han === 0 && latin === 0) return null;
  return han * HAN_WEIGHT >= latin ? 'zh' : 'en';
}

/**
 * The language of a document from the characters of text in its zh and en blocks: the majority.
 * Ties and empty documents are zh (the corpus this pipeline was built for).
 */
export function documentLanguage(zhChars: number, enChars: number): Language {
  return enChars > zhChars ? 'en' : 'zh';
}
