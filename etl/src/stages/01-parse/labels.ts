/**
 * Speaker labels at the start of a line: `主持人：`, `张三:`, `Jane Doe:`, `Dr. Jane Smith:`,
 * `Q:`. Finding a candidate is syntax only (short, no sentence punctuation, names capitalised);
 * whether a candidate is a label is decided over the whole document (it recurs, or it is a role
 * word, or it has the shape of a full name), so `他说：` or `The answer is simple:` are text.
 */

export interface LabelCandidate {
  label: string;
  /** UTF-16 offset where the label starts (after leading spaces). */
  labelIndex: number;
  /** UTF-16 offset of the first non-space character after the colon (line length if none). */
  contentIndex: number;
}

export const MAX_CJK_LABEL_CHARS = 20;
export const MAX_LATIN_LABEL_WORDS = 5;

/** Only the start of a line is searched for the colon. */
const HEAD = MAX_CJK_LABEL_CHARS * 2 + 4;
const COLON = /[:：]/;
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
/** Punctuation that ends or splits a sentence never occurs inside a label. */
const SENTENCE_PUNCT = /[，。！？、；,;!?"“”「」『』…《》]/;
const LATIN_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.-]*|\p{Lu}\.)$/u;
/** Lower-case words allowed inside a name or a role: Ludwig van Beethoven, Head of Research. */
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'bin',
  'al',
  'el',
  'of',
  'the',
  'and',
]);
/** A Chinese label does not start like a sentence (pronouns, demonstratives, conjunctions). */
const CJK_SENTENCE_START =
  /^(?:我|你|您|他|她|它|咱|这|那|但|所以|因为|如果|就|而|也|还|都|其实|然后|比如|例如|关于|对于|总之|首先|其次|最后)/;
/** …nor end with a verb of saying: 他说：, 他表示： introduce quotes. */
const CJK_SPEECH_VERB_END = /(?:说|道|讲|表示|认为|指出|强调|称|提到|介绍)$/;

const ROLE_WORDS_ZH =
  /^(?:主持人?|嘉宾|观众|提问者?|问|答|记者|旁白|发言人|采访者|受访者|男|女|甲|乙|现场)(?:[\s\dA-Za-z一二三四五六七八九十]{0,3})$/;
const HONORIFIC_END =
  /(?:先生|女士|博士|教授|老师|院士|总|董事长|主任|同学|代表|总裁|经理|所长|院长|部长|主席|书记)$/;
const ROLE_WORDS_EN =
  /^(?:moderator|host|co-host|interviewer|interviewee|q|a|question|answer|audience(?: member)?|speaker|narrator|reporter|panelist|panellist|guest|participant|unknown|announcer)(?: ?[\dA-Z]{1,2})?$/i;

function isLatinLabel(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length > MAX_LATIN_LABEL_WORDS) return false;
  if (!words.some((w) => LETTER.test(w))) return false;
  return words.every((w, i) => LATIN_WORD.test(w) || (i > 0 && PARTICLES.has(w)));
}

function isCjkLabel(label: string): boolean {
  return (
    [...label].length <= MAX_CJK_LABEL_CHARS &&
    !CJK_SENTENCE_START.test(label) &&
    !CJK_SPEECH_VERB_END.test(label)
  );
}

/**
 * A line that starts like `label: content`, or null. Syntax only; see acceptLabels.
 * @example matchLabelCandidate('主持人：欢迎各位') → { label: '主持人', labelIndex: 0, contentIndex: 4 }
 */
export function matchLabelCandidate(line: string): LabelCandidate | null {
  const colon = line.slice(0, HEAD).search(COLON);
  if (colon <= 0) return null;
  const head = line.slice(0, colon);
  const label = head.trim();
  if (!label || SENTENCE_PUNCT.test(label) || !LETTER.test(label)) return null;
  const labelIndex = head.length - head.trimStart().length;
  const afterColon = line.charAt(colon + 1);
  if (HAN.test(label)) {
    if (!isCjkLabel(label)) return null;
  } else {
    // ASCII colons inside text (12:30, https://, ratio 1:2) are followed by no space.
    if (line.charAt(colon) === ':' && afterColon !== '' && !/\s/.test(afterColon)) return null;
    if (!isLatinLabel(label)) return null;
  }
  let contentIndex = colon + 1;
  while (contentIndex < line.length && /\s/.test(line.charAt(contentIndex))) contentIndex++;
  return { label, labelIndex, contentIndex };
}

/** Role words (主持人, 嘉宾A, Moderator, Q, Speaker 2) are labels even when seen once. */
export function isRoleLabel(label: string): boolean {
  return ROLE_WORDS_ZH.test(label) || ROLE_WORDS_EN.test(label);
}

/** A full name (two or more capitalised words) or a Chinese name with a title (王先生, 李教授). */
function isNameLike(label: string): boolean {
  if (HAN.test(label)) return HONORIFIC_END.test(label);
  return label.split(/\s+/).length >= 2;
}

/** A bare name: 2–5 Han characters (王明, 阿依·古丽) or one capitalised word (Maria). */
function isBareName(label: string): boolean {
  if (HAN.test(label)) return /^[\p{Script=Han}·]{2,5}$/u.test(label);
  return !/\s/.test(label);
}

/**
 * Which candidates are speaker labels, given how often each starts a line in the document:
 * those that recur, role words and full names; once the document has such labels, also bare
 * names seen once (the guest who speaks a single time).
 */
export function acceptLabels(counts: ReadonlyMap<string, number>): Set<string> {
  const accepted = new Set<string>();
  for (const [label, count] of counts) {
    if (count >= 2 || isRoleLabel(label) || isNameLike(label)) accepted.add(label);
  }
  if (accepted.size === 0) return accepted;
  for (const label of counts.keys()) if (isBareName(label)) accepted.add(label);
  return accepted;
}
