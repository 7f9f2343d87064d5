/**
 * The one canonicalisation used to compare names: NFKC (full width → half width), lower
 * case, no spaces or punctuation. Same as the evaluation's notion of "the same string".
 */
export function canonicalKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·•\-_.。，,、'"“”‘’()（）]/g, '');
}
