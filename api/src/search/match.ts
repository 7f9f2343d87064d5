import type { EntityProps } from '@discourse/graph';
import { hasHan, normalize, pinyinKey, syllables } from './pinyin.ts';

/** Which of an entity's written forms matched. */
export type MatchField = 'name' | 'alias' | 'variant';

/** How it matched, best first. */
export type MatchType =
  'exact' | 'samePinyin' | 'contains' | 'similarPinyin' | 'similarSpelling' | 'partial';

const QUALITY: Record<MatchType, number> = {
  exact: 1,
  samePinyin: 0.9,
  contains: 0.7,
  similarPinyin: 0.6,
  similarSpelling: 0.5,
  partial: 0.4,
};
const FIELD_RANK: Record<MatchField, number> = { name: 0, alias: 1, variant: 2 };

export interface QueryKeys {
  text: string;
  key: string;
  tokens: string[];
}

export interface Match {
  field: MatchField;
  type: MatchType;
  /** The written form that matched (a name, alias or transcript spelling). */
  form: string;
  /** Its toneless pinyin key. */
  pinyin: string;
  quality: number;
}

/** Normalised text, pinyin key and tokens of what the user typed. */
export function queryKeys(query: string): QueryKeys {
  const text = normalize(query);
  return {
    text,
    key: pinyinKey(text),
    tokens: text.split(/[\s,，、;；]+/).filter((t) => t.length >= 2),
  };
}

/** Levenshtein distance, bounded: returns max + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/** How one written form matches the query, or null. Pure; the table in match.test.ts pins it. */
export function matchForm(q: QueryKeys, form: string): Omit<Match, 'field'> | null {
  const f = normalize(form);
  if (!f || !q.text) return null;
  const key = pinyinKey(f);
  const result = (type: MatchType) => ({ type, form, pinyin: key, quality: QUALITY[type] });
  if (f === q.text) return result('exact');
  if (q.key && key === q.key && (hasHan(f) || hasHan(q.text))) return result('samePinyin');
  if (q.text.length >= 2 && f.length >= 2 && (f.includes(q.text) || q.text.includes(f)))
    return result('contains');
  if (q.key.length >= 4 && key.length >= 4 && (key.includes(q.key) || q.key.includes(key))) {
    return result('similarPinyin');
  }
  const latin = !hasHan(f) && !hasHan(q.text);
  const budget = q.text.length >= 8 ? 2 : 1;
  if (
    latin &&
    q.text.length >= 4 &&
    editDistance(f.replace(/[\s-]/g, ''), q.text.replace(/[\s-]/g, ''), budget) <= budget
  ) {
    return result('similarSpelling');
  }
  if (q.key.length >= 4 && key.length >= 4 && editDistance(key, q.key, 1) <= 1)
    return result('similarPinyin');
  if (q.tokens.some((t) => f.split(/[\s-]+/).includes(t))) return result('partial');
  return null;
}

/** The best-matching written form of an entity: best match type, then name before alias before variant. */
export function bestMatch(
  q: QueryKeys,
  entity: Pick<EntityProps, 'name' | 'aliases' | 'variants'>,
): Match | null {
  const forms: [MatchField, string][] = [
    ['name', entity.name],
    ...(entity.aliases ?? []).map((a): [MatchField, string] => ['alias', a]),
    ...(entity.variants ?? []).map((v): [MatchField, string] => ['variant', v]),
  ];
  let best: Match | null = null;
  for (const [field, form] of forms) {
    const m = matchForm(q, form);
    if (!m) continue;
    if (
      !best ||
      m.quality > best.quality ||
      (m.quality === best.quality && FIELD_RANK[field] < FIELD_RANK[best.field])
    ) {
      best = { ...m, field };
    }
  }
  return best;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The fulltext query: the typed words (fuzzy when Latin and long enough) OR the pinyin as a
 * phrase and as one word, so 句深智能 finds 具身智能 through `ju shen zhi neng`.
 */
export function luceneQuery(q: QueryKeys): string {
  const escape = (s: string) => s.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  const parts: string[] = [];
  for (const word of q.text.split(' ').filter(Boolean)) {
    parts.push(!hasHan(word) && word.length >= 4 ? `${escape(word)}~1` : escape(word));
  }
  if (hasHan(q.text)) {
    const spaced = syllables(q.text).join(' ');
    if (spaced) parts.push(`"${escape(spaced)}"^2`);
    if (q.key) parts.push(escape(q.key));
  }
  return parts.join(' OR ');
}
