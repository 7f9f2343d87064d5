/**
 * Finds English personal names in introduction and address slots, like zh-names does for
 * Chinese. A name is one to three capitalised words (optionally after Dr./Prof.).
 *
 *   My name is Jane Doe          → self
 *   Joining me is Dr. Jane Doe   → title
 *   Thank you, Jane.             → address
 */
import type { NameHit } from './zh-names.ts';

const NAME = String.raw`((?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){0,2})`;
const TITLE = String.raw`(?:(Dr\.?|Prof\.?|Professor|Mr\.?|Ms\.?|Mrs\.?)\s+)?`;

const RULES: { cue: NameHit['cue']; re: RegExp }[] = [
  { cue: 'self', re: new RegExp(String.raw`\b(?:[Mm]y name is|I am|I'm|[Tt]his is)\s+${TITLE}${NAME}`, 'g') },
  { cue: 'host', re: new RegExp(String.raw`\b(?:I'm your host|your host(?: is)?|I'm the host),?\s+${TITLE}${NAME}`, 'g') },
  {
    cue: 'title',
    re: new RegExp(String.raw`\b(?:[Jj]oining (?:me|us)(?: today)?(?: is| are)?|[Oo]ur guest(?: today)? is|[Pp]lease welcome|[Ww]elcome)\s+${TITLE}${NAME}`, 'g'),
  },
  { cue: 'address', re: new RegExp(String.raw`\b(?:[Tt]hank you|[Tt]hanks|[Oo]ver to you|[Ll]et's hear from|[Tt]urn to)[,\s]+${TITLE}${NAME}`, 'g') },
  { cue: 'greeting', re: new RegExp(String.raw`(?:^|[.?!]\s+)${TITLE}${NAME},\s+(?:what|how|do|could|can|would|let's|tell)\b`, 'g') },
];

/** Words that look capitalised but are not names in these slots. */
const NOT_NAMES = new Set(['Thank', 'Thanks', 'The', 'We', 'You', 'It', 'So', 'And', 'But', 'Today', 'Everyone', 'Here', 'Very', 'Glad', 'Happy', 'Going', 'Not', 'Also', 'Really', 'Back']);

export function findEnglishNames(text: string): NameHit[] {
  const hits: NameHit[] = [];
  for (const { cue, re } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[2];
      if (!name) continue;
      const first = name.split(/\s+/)[0]!;
      if (NOT_NAMES.has(first) || !/^[A-Z]/.test(first)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      hits.push({ name, start, end: start + name.length, cue, title: m[1] ?? null });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
