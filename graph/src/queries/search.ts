import type { Graph } from '../driver.ts';
import { int } from '../convert.ts';
import type { EntityProps, EntityType } from '../model.ts';
import { ENTITY_PROJECTION } from './entities.ts';

export interface SearchParams {
  /** A Lucene query for the `entity_search` fulltext index (already escaped by the caller). */
  lucene: string;
  /** Lower-cased query text, matched as a substring of names, aliases and variants. */
  needle: string;
  /** Toneless pinyin of the query without spaces (e.g. `liuqian`), or '' when it has none. */
  pinyinKey: string;
  types: readonly EntityType[];
  limit: number;
}

export interface SearchCandidate {
  entity: EntityProps;
  /** Lucene score, or 0 when the entity was found only by substring or pinyin. */
  score: number;
}

/**
 * Candidates come from three places, because ASR noise defeats any single one: the fulltext
 * index (names, aliases, variants and pinyin; fuzzy for Latin words), a substring of any
 * written form, and a substring of the toneless pinyin, which finds 刘潜 from 刘芊 or 刘倩.
 */
const SEARCH_ENTITIES = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Person|Organization|Model|Topic)
  WHERE any(v IN [node.name] + coalesce(node.aliases, []) + coalesce(node.variants, [])
            WHERE toLower(v) CONTAINS $needle)
     OR ($pinyinKey <> '' AND replace(toLower(coalesce(node.pinyin, '')), ' ', '') CONTAINS $pinyinKey)
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WHERE node.type IN $types
RETURN node ${ENTITY_PROJECTION} AS entity, score
ORDER BY score DESC, entity.name
LIMIT $limit`;

/** Entities that may be what the user typed; the caller ranks them and explains the match. */
export async function searchEntities(
  graph: Graph,
  params: SearchParams,
): Promise<SearchCandidate[]> {
  if (!params.lucene.trim() && !params.needle && !params.pinyinKey) return [];
  return graph.query<SearchCandidate>(SEARCH_ENTITIES, {
    lucene: params.lucene.trim() || '__nothing__',
    needle: params.needle || '\u0000',
    pinyinKey: params.pinyinKey,
    types: [...params.types],
    limit: int(params.limit),
  });
}
