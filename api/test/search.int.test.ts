import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

const SEARCH = /* GraphQL */ `
  query ($query: String!, $types: [EntityType!], $first: Int) {
    search(query: $query, types: $types, first: $first) {
      score
      matched
      matchedField
      matchType
      pinyin
      entity {
        __typename
        id
        name
      }
    }
  }
`;

const top = async (query: string, types?: string[]) => {
  const res = await h.gql(SEARCH, { query, types });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.extensions?.cypherQueries).toBe(1);
  return res.body.data!.search as any[];
};

describe('search', () => {
  // [query, entity found first, matched form, field, type]
  const rows: [string, string, string, string, string][] = [
    ['刘倩', E.liu.id, '刘倩', 'NAME', 'EXACT'],
    ['刘芊', E.liu.id, '刘芊', 'VARIANT', 'EXACT'],
    ['刘潜', E.liu.id, '刘倩', 'NAME', 'SAME_PINYIN'],
    ['劉倩', E.liu.id, '刘倩', 'NAME', 'SAME_PINYIN'],
    ['liu qian', E.liu.id, '刘倩', 'NAME', 'SAME_PINYIN'],
    ['Qian Liu', E.liu.id, 'Qian Liu', 'ALIAS', 'EXACT'],
    ['句深智能', E.embodied.id, '句深智能', 'VARIANT', 'EXACT'],
    ['聚身智能', E.embodied.id, '具身智能', 'NAME', 'SAME_PINYIN'],
    ['embodied ai', E.embodied.id, 'Embodied AI', 'ALIAS', 'EXACT'],
    ['Deepsek R1', E.r1.id, 'DeepSeek-R1', 'NAME', 'SIMILAR_SPELLING'],
    ['hku', E.hku.id, 'HKU', 'ALIAS', 'EXACT'],
    ['复旦', E.fudan.id, '复旦大学', 'NAME', 'CONTAINS'],
    ['agent', E.agents.id, 'Agent', 'VARIANT', 'EXACT'],
  ];
  it.each(rows)('%s finds %s through %s (%s, %s)', async (query, id, matched, field, type) => {
    const [hit] = await top(query);
    expect(hit).toMatchObject({ entity: { id }, matched, matchedField: field, matchType: type });
    expect(hit.score).toBeGreaterThan(0);
  });

  it('searches across all four kinds and can be restricted', async () => {
    const all = await top('智能');
    expect(all.map((h) => h.entity.id).sort()).toEqual([E.agents.id, E.embodied.id].sort());
    expect(await top('刘倩', ['TOPIC'])).toEqual([]);
    const people = await top('黄', ['PERSON']);
    expect(people.map((h) => h.entity.__typename)).toEqual(['Person']);
  });

  it('returns nothing for a name nobody said', async () => {
    expect(await top('马思克')).toEqual([]);
  });

  it.each(['***', 'a', 'AND', 'OR NOT', '"', '\\', '刘', 'title:x', '~1', '(((', '[a TO z]'])(
    'survives Lucene syntax in the query: %s',
    async (query) => {
      const res = await h.gql(SEARCH, { query });
      expect(res.body.errors).toBeUndefined();
    },
  );

  it('validates its arguments', async () => {
    const empty = await h.gql(SEARCH, { query: '   ' });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const many = await h.gql(SEARCH, { query: 'x', first: 500 });
    expect(many.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
