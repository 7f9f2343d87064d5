/**
 * Finds Chinese personal names from the way people are introduced and addressed, never
 * from a list of names: a name is a known surname plus one or two characters, standing in a
 * slot that a name fills (我叫_, 主持人_, 教授_, 谢谢_, _你好, 有请_).
 *
 *   我叫王明，来自…       → self-introduction of 王明
 *   …的副研究员王明你好   → introduction by title (role 副研究员)
 *   谢谢王明啊           → address
 */
import { dictionaryEntry, tokenize } from '../nlp/jieba.ts';
import { pinyinKey } from '../nlp/pinyin.ts';
import { ORGANIZATIONS } from '../lexicon/organizations.ts';
import { COMMON_SURNAMES, COMPOUND_SURNAMES, SINGLE_SURNAMES as SURNAME_CHARS, TITLES } from '../lexicon/zh/titles.ts';

export type NameCue = 'self' | 'host' | 'title' | 'address' | 'greeting';

export interface NameHit {
  name: string;
  /** UTF-16 offsets into the searched text. */
  start: number;
  end: number;
  cue: NameCue;
  /** The title standing before the name in an introduction (教授, 创始人兼CEO…). */
  title: string | null;
}

const SINGLE_SURNAMES = new Set(SURNAME_CHARS);
const DOUBLE_SURNAMES = new Set(COMPOUND_SURNAMES);
const FREQUENT_SURNAMES = new Set(COMMON_SURNAMES);

/** Characters that never occur inside a name in running speech (particles, pronouns). */
const NOT_IN_NAME = new Set([...'的了是在我你他她它们这那个一不也和就都很有说要会到把被对从向与及或而吗呢吧啊呀哦嗯哈啦嘛呃么'
  + '，。？！、；：,.?!;:“”"‘’（）() ']);

const ORGANIZATION_NAMES = new Set(ORGANIZATIONS.flatMap((o) => [o.canonical, ...o.aliases, ...(o.weakAliases ?? [])]));

let orgSounds: Set<string> | null = null;

/** Toneless pinyin of the short Chinese organisation names (built on first use). */
function organizationSounds(): Set<string> {
  orgSounds ??= new Set([...ORGANIZATION_NAMES].filter((n) => /^\p{Script=Han}{2,3}$/u.test(n)).map(pinyinKey));
  return orgSounds;
}

/** Verbs that follow a name in speech (王明来做…, 李华说…) and so never end one. */
const VERB_CHARS = new Set([...'做说讲看想去到给让被把将跟来']);

/** Titles ordered longest first so 副研究员 wins over 研究员. */
/** Honorifics that only ever follow a name (王明先生), never introduce one. */
const AFTER_NAME_ONLY = new Set(['先生', '女士', '小姐', '同学', '老师', '阿姨', '师傅']);
const TITLE_WORDS = [...new Set(TITLES.filter((t) => !t.addressOnly && !AFTER_NAME_ONLY.has(t.title)).map((t) => t.title))].sort(
  (a, b) => b.length - a.length,
);
const ADDRESS_TITLES = [...new Set(TITLES.filter((t) => t.withSurname).map((t) => t.title))].sort(
  (a, b) => b.length - a.length,
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TITLE_ENDINGS = ADDRESS_TITLES.filter((t) => t.length <= 2);

/** Slots whose next word is a name. */
const BEFORE_NAME: { cue: NameCue; re: RegExp }[] = [
  { cue: 'self', re: /我(?:的名字)?叫(?:做)?|我是(?!来自|一|个|说|在|从|做|觉得|认为)/g },
  { cue: 'host', re: /主持人|主播/g },
  { cue: 'title', re: new RegExp(`(?:${TITLE_WORDS.map(escape).join('|')})(?:兼(?:${TITLE_WORDS.map(escape).join('|')}))?`, 'g') },
  { cue: 'address', re: /(?:谢谢|感谢|欢迎|有请|请出|问问看?|问一下|听听看?|再请|来[，,]?)(?:你|您)?|(?:你好|您好)[，,]\s*/g },
];




/**
 * Is `word` plausibly a full name (surname + 1–2 characters, not an ordinary word)?
 * `frequentOnly` restricts the surname to the hundred most frequent ones, for weak slots.
 */
export function isPlausibleName(word: string, frequentOnly = false): boolean {
  if (word.length < 2 || word.length > 4) return false;
  for (const ch of word) if (NOT_IN_NAME.has(ch) || !/\p{Script=Han}/u.test(ch)) return false;
  for (const ch of word.slice(1)) if (VERB_CHARS.has(ch)) return false;
  const surname = DOUBLE_SURNAMES.has(word.slice(0, 2)) && word.length >= 3 ? word.slice(0, 2) : word[0]!;
  if (surname.length === 1 && !(frequentOnly ? FREQUENT_SURNAMES : SINGLE_SURNAMES).has(surname)) return false;
  if (word.length === 4 && surname.length === 1) return false;
  // 华为 is tagged nr by jieba, but it is a company; so is a homophone of one (an ASR 智谱)
  if (ORGANIZATION_NAMES.has(word) || organizationSounds().has(pinyinKey(word))) return false;
  const entry = dictionaryEntry(word);
  // An ordinary dictionary word (来自, 高级, 车机) is not a name; jieba tags real names nr,
  // but also mis-tags a few very common words (谢谢) that way.
  if (entry && !entry.tag.startsWith('nr') && (word.length === 2 || entry.freq > 20)) return false;
  if (entry && entry.freq > 1000) return false;
  if (word.length === 3) {
    // 智能更 = 智能 + 更, 来解读 = 来 + 解读, 段时间 = 段 + 时间: a common word inside is not a name
    const head = dictionaryEntry(word.slice(0, 2));
    const tail = dictionaryEntry(word.slice(1));
    if (head && ((!head.tag.startsWith('nr') && head.freq > 50) || head.freq > 1000)) return false;
    if (tail && ((tail.tag.startsWith('v') && tail.freq > 100) || (!tail.tag.startsWith('nr') && tail.freq > 1000))) return false;
  }
  // 陶教授, 王总: a surname with a title is an address form, not a full name
  if (TITLE_ENDINGS.some((t) => word.endsWith(t) && word.length - t.length <= 2)) return false;
  return true;
}

/** The name starting at `at` in `text`, using jieba's word boundaries. */
export function nameAt(text: string, at: number, frequentOnly = false): string | null {
  const window = text.slice(at, at + 8);
  const tokens = tokenize(window);
  const first = tokens[0]?.word ?? '';
  const second = tokens[1]?.word ?? '';
  const candidates: string[] = [];
  if (first.length === 2 && second.length === 1 && /[\p{Script=Han}]/u.test(second) && !NOT_IN_NAME.has(second)) {
    // 王明|远, 王子|轩: HMM sometimes splits three-character names; the longer reading first
    candidates.push(first + second);
  }
  if (first.length >= 2 && first.length <= 3) candidates.push(first);
  if (first.length === 1 && second.length >= 1 && second.length <= 2) candidates.push(first + second);
  if (first.length === 4) candidates.push(first.slice(0, 3), first.slice(0, 2));
  for (const c of candidates) if (isPlausibleName(c, frequentOnly)) return c;
  return null;
}

/**
 * After 我叫 / 主持人 a word jieba does not know is a name even without a known surname
 * (hosts often give only their given name).
 */
function givenNameOnly(text: string, at: number): string | null {
  const word = tokenize(text.slice(at, at + 6))[0]?.word ?? '';
  if (word.length < 2 || word.length > 3 || !/^\p{Script=Han}+$/u.test(word)) return null;
  if ([...word].some((ch) => NOT_IN_NAME.has(ch)) || dictionaryEntry(word)) return null;
  return word;
}

/** Every name found in an introduction or address slot of `text`. */
export function findNames(text: string): NameHit[] {
  const hits: NameHit[] = [];
  for (const { cue, re } of BEFORE_NAME) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index + m[0].length;
      const name = nameAt(text, at, cue === 'address') ?? (cue === 'self' || cue === 'host' ? givenNameOnly(text, at) : null);
      if (!name) continue;
      const title = cue === 'title' || cue === 'host' ? m[0] : null;
      hits.push({ name, start: at, end: at + name.length, cue, title });
    }
  }
  // 王明你好 / 王明先生: a greeting or honorific right after a name. The name is the
  // word(s) jieba puts right before it, so 首席执行官王明 yields 王明, not 官王明.
  const greet = /(?:你好|您好|女士|先生(?!们)|老师好|教授|博士|院士)/g;
  for (let m = greet.exec(text); m; m = greet.exec(text)) {
    const from = Math.max(0, m.index - 6);
    const before = tokenize(text.slice(from, m.index));
    const last = before.at(-1)?.word ?? '';
    const prev = before.at(-2)?.word ?? '';
    const word = last.length >= 2 ? last : prev.length === 1 ? prev + last : '';
    const start = m.index - word.length;
    // 教授/博士 also follow job words (助理教授): there, only a full name with a frequent surname counts
    const titled = /^(?:教授|博士|院士)$/.test(m[0]);
    const delimited = /[的、，,和与及]/.test(text[start - 1] ?? '，');
    if (word && (!titled || word.length === 3 || delimited) && isPlausibleName(word, titled) && !hits.some((h) => h.start === start)) {
      hits.push({ name: word, start, end: m.index, cue: 'greeting', title: null });
    }
  }
  // 观察员王明、李华、赵强: names listed after an introduced one
  for (const h of [...hits]) {
    let at = h.end;
    while (text[at] === '、' || text[at] === '和') {
      const next = nameAt(text, at + 1);
      if (!next) break;
      hits.push({ name: next, start: at + 1, end: at + 1 + next.length, cue: h.cue, title: h.title });
      at += 1 + next.length;
    }
  }
  return dedupe(hits);
}

function dedupe(hits: NameHit[]): NameHit[] {
  const seen = new Map<number, NameHit>();
  const rank: Record<NameCue, number> = { self: 0, host: 1, title: 2, greeting: 3, address: 4 };
  for (const h of hits) {
    const prev = seen.get(h.start);
    if (!prev || rank[h.cue] < rank[prev.cue]) seen.set(h.start, h);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

/** Address titles by first character, longest first, for a scan without a huge regex. */
const TITLES_BY_FIRST = new Map<string, string[]>();
for (const t of ADDRESS_TITLES) TITLES_BY_FIRST.set(t[0]!, [...(TITLES_BY_FIRST.get(t[0]!) ?? []), t]);

/** Surname + title address forms (王总, 李老师, 王教授) in `text`. */
export function findAddressForms(text: string): { surname: string; title: string; start: number; end: number }[] {
  const out: { surname: string; title: string; start: number; end: number }[] = [];
  for (let i = 1; i < text.length; i++) {
    const titles = TITLES_BY_FIRST.get(text[i]!);
    if (!titles) continue;
    const s = text[i - 1]!;
    if (!SINGLE_SURNAMES.has(s)) continue;
    const title = titles.find((t) => text.startsWith(t, i));
    if (!title) continue;
    // 王总 yes, 我们总是 no: the form must stand on jieba's word boundaries
    const from = Math.max(0, i - 3);
    const ends = new Set(tokenize(text.slice(from, i + title.length + 2)).map((t) => from + t.index));
    const startsWord = ends.has(i - 1) || /[那这和跟与请谢问来给的是让听们位下]/.test(text[i - 2] ?? '');
    const endsWord = ends.has(i + title.length) || i + title.length >= text.length;
    if (!startsWord || !endsWord) continue;
    out.push({ surname: s, title, start: i - 1, end: i + title.length });
    i += title.length - 1;
  }
  return out;
}


