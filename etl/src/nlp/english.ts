/**
 * The one wrapper around compromise (English). People and organisations it recognises,
 * with UTF-16 offsets into the input.
 */
import nlp from 'compromise';

export interface EnglishSpan {
  text: string;
  start: number;
  end: number;
}

function spans(doc: { out(format: 'array'): unknown }, source: string): EnglishSpan[] {
  const out: EnglishSpan[] = [];
  let from = 0;
  for (const text of doc.out('array') as string[]) {
    const clean = text.replace(/[.,;:!?]+$/, '').trim();
    if (!clean) continue;
    const start = source.indexOf(clean, from);
    if (start < 0) continue;
    out.push({ text: clean, start, end: start + clean.length });
    from = start + clean.length;
  }
  return out;
}

/** Person names compromise finds in `text`. */
export function englishPeople(text: string): EnglishSpan[] {
  return spans(nlp(text).people(), text);
}

/** Organisation names compromise finds in `text`. */
export function englishOrganizations(text: string): EnglishSpan[] {
  return spans(nlp(text).organizations(), text);
}
