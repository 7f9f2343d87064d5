import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../test/fixtures/claims';
import { filterClaims, groupBySpeaker, stanceCounts } from './who-said-what';

describe('who said what', () => {
  it('groups by speaker, most claims first, unidentified last', () => {
    const groups = groupBySpeaker(CLAIMS);
    expect(groups.map((g) => [g.speaker?.name ?? null, g.claims.map((c) => c.id)])).toEqual([
      ['周启明', ['c1', 'c2', 'c5']],
      ['王若溪', ['c3']],
      [null, ['c4']],
    ]);
    expect(groups[0]!.stances).toEqual({ positive: 1, prediction: 1, neutral: 0, concern: 1, negative: 0 });
  });

  it('counts stances', () => {
    expect(stanceCounts(CLAIMS)).toEqual({ positive: 1, prediction: 2, neutral: 0, concern: 2, negative: 0 });
  });

  it.each([
    [null, null, ['c1', 'c2', 'c3', 'c4', 'c5']],
    ['concern', null, ['c2', 'c3']],
    [null, 'person:wangruoxi', ['c3']],
    [null, 'unknown', ['c4']],
    ['prediction', 'person:zhouqiming', ['c5']],
  ] as const)('stance %s, speaker %s', (stance, speaker, ids) => {
    expect(filterClaims(CLAIMS, stance, speaker).map((c) => c.id)).toEqual(ids);
  });
});
