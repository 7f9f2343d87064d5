import { describe, expect, it } from 'vitest';
import { LexiconMatcher } from './lexicon-matcher.ts';

const matcher = new LexiconMatcher([
  { canonical: '具身智能', aliases: ['Embodied AI'] },
  { canonical: 'OpenAI', aliases: ['开放人工智能'] },
  { canonical: 'Yi', aliases: [] },
  { canonical: '理想汽车', aliases: [], weakAliases: ['理想'] },
]);

describe('LexiconMatcher', () => {
  const rows: [string, string, { surface: string; canonical: string; method: string }[]][] = [
    ['exact Chinese', '聊聊具身智能吧', [{ surface: '具身智能', canonical: '具身智能', method: 'exact' }]],
    ['a homophone spelling of a known term', '走句深智能的路线', [{ surface: '句深智能', canonical: '具身智能', method: 'pinyin' }]],
    ['Latin, any case', '他们用了openai的接口', [{ surface: 'openai', canonical: 'OpenAI', method: 'exact' }]],
    ['Latin only on word boundaries', 'the yield is high', []],
    ['weak aliases need context by default', '我的理想是当老师', []],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    expect(matcher.find(text).map((h) => ({ surface: h.surface, canonical: h.entry.canonical, method: h.method }))).toEqual(expected);
  });
});

describe('LatinFuzzyMatcher', async () => {
  const { LatinFuzzyMatcher } = await import('./latin-fuzzy.ts');
  const fuzzy = new LatinFuzzyMatcher([
    { canonical: 'Midjourney', aliases: [] },
    { canonical: 'Sora', aliases: [] },
    { canonical: 'Doubao', aliases: [] },
  ]);
  const rows: [string, string[]][] = [
    ['用midjoney画图', ['Midjourney']],
    ['这个sorra很厉害', ['Sora']],
    ['double check一下', []], // two edits in six letters is too far
    ['Sora', []], // exact forms are the exact matcher's job
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(fuzzy.find(text, () => false).map((h) => h.entry.canonical)).toEqual(expected);
  });
});
