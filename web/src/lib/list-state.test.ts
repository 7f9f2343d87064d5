import { describe, expect, it } from 'vitest';
import { applyListState, readListState } from './list-state';

const rows = [
  { id: 'a', name: '大模型', aliases: ['LLM'], variants: ['大模形'], stats: { mentions: 8, transcripts: 3, claims: 1 } },
  { id: 'b', name: '具身智能', aliases: [], variants: [], stats: { mentions: 3, transcripts: 1, claims: 3 } },
  { id: 'c', name: '算力', aliases: [], variants: [], stats: { mentions: 3, transcripts: 2, claims: 0 } },
];

describe('entity list state', () => {
  it.each([
    ['', { q: '', sort: 'mentions' }],
    ['q=%20llm%20&sort=claims', { q: 'llm', sort: 'claims' }],
    ['sort=bogus', { q: '', sort: 'mentions' }],
  ])('reads %s', (query, expected) => {
    expect(readListState(new URLSearchParams(query))).toEqual(expected);
  });

  it.each([
    [{ q: '', sort: 'mentions' as const }, ['a', 'b', 'c']],
    [{ q: '', sort: 'claims' as const }, ['b', 'a', 'c']],
    [{ q: 'llm', sort: 'mentions' as const }, ['a']],
    [{ q: '大模形', sort: 'mentions' as const }, ['a']],
  ])('applies %j', (state, ids) => {
    expect(applyListState(rows, state).map((r) => r.id)).toEqual(ids);
  });
});
