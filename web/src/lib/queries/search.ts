export interface SearchHit {
  score: number;
  matchType: string;
  matchedField: string;
  matched: string;
  pinyin: string;
  entity: {
    __typename: string;
    id: string;
    name: string;
    stats: { mentions: number; transcripts: number; claims: number };
  };
}

export interface SearchResult {
  search: SearchHit[];
}

/** Entities by any spelling (name, alias, transcript variant, toneless pinyin). */
export const SEARCH_QUERY = /* GraphQL */ `
  query Search($q: String!, $types: [EntityType!], $first: Int) {
    search(query: $q, types: $types, first: $first) {
      score
      matchType
      matchedField
      matched
      pinyin
      entity {
        __typename
        id
        name
        stats {
          mentions
          transcripts
          claims
        }
      }
    }
  }
`;
