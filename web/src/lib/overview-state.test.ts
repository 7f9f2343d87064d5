import { describe, expect, it } from 'vitest';
import { TWO_TRANSCRIPTS } from '../../test/fixtures/chart-rows';
import { filterKinds, readOverviewState, sortTranscripts, toggleKind } from './overview-state';

describe('readOverviewState', () => {
  it.each([
    ['', { kinds: [], sort: 'date' }],
    ['kind=speech,panel&sort=duration', { kinds: ['speech', 'panel'], sort: 'duration' }],
    ['kind=speech,bogus&sort=nope', { kinds: ['speech'], sort: 'date' }],
  ])('%s', (query, expected) => {
    expect(readOverviewState(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('toggleKind', () => {
  it.each([
    [[], 'panel', 'panel'],
    [['panel'], 'speech', 'speech,panel'],
    [['panel'], 'panel', null],
  ] as const)('%j + %s → %s', (kinds, kind, expected) => {
    expect(toggleKind({ kinds: [...kinds], sort: 'date' }, kind)).toBe(expected);
  });
});

describe('filterKinds and sortTranscripts', () => {
  it('keeps only the chosen kinds', () => {
    expect(filterKinds(TWO_TRANSCRIPTS, ['panel']).map((t) => t.segments.length)).toEqual([0, 1]);
  });
  it('sorts by duration, longest first', () => {
    expect(sortTranscripts(TWO_TRANSCRIPTS, 'duration').map((t) => t.id)).toEqual(['t2', 't1']);
  });
});
