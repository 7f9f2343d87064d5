import {
  ENTITY_TYPES,
  searchEntities,
  type EntityProps,
  type EntityType,
  type Graph,
} from '@discourse/graph';
import { bestMatch, luceneQuery, queryKeys, type Match } from './match.ts';

export interface SearchHit {
  entity: EntityProps;
  /** 0–1: quality of the best match, nudged by the fulltext score. */
  score: number;
  match: Match;
}

/**
 * ASR-tolerant entity search: the graph proposes candidates (fulltext, substring, pinyin);
 * each is kept only if one of its written forms matches, and reports which one.
 */
export async function searchAll(
  graph: Graph,
  args: { query: string; types?: readonly EntityType[] | null; first: number },
): Promise<SearchHit[]> {
  const q = queryKeys(args.query);
  const candidates = await searchEntities(graph, {
    lucene: luceneQuery(q),
    needle: q.text,
    pinyinKey: q.key.length >= 4 ? q.key : '',
    types: args.types?.length ? args.types : ENTITY_TYPES,
    limit: Math.max(30, args.first * 3),
  });
  const top = Math.max(1, ...candidates.map((c) => c.score));
  return candidates
    .flatMap((c) => {
      const match = bestMatch(q, c.entity);
      return match
        ? [{ entity: c.entity, match, score: Math.min(1, match.quality + (0.05 * c.score) / top) }]
        : [];
    })
    .sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name))
    .slice(0, args.first);
}
