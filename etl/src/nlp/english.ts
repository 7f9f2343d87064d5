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

/** Two capitalised words in a row: without them compromise finds no name, so skip parsing. */
const NAME_LIKE = /\b[A-Z][a-z]+\.?\s+[A-Z][A-Za-z]+|\b[A-Z]{2,}\b/;

/** People and organisations compromise finds in `text` (one parse for both). */
export function englishNames(text: string): { people: EnglishSpan[]; organizations: EnglishSpan[] } {
  if (!NAME_LIKE.test(text)) return { people: [], organizations: [] };
  const doc = nlp(text);
  return { people: spans(doc.people(), text), organizations: spans(doc.organizations(), text) };
}
