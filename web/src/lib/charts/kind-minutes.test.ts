import { describe, expect, it } from 'vitest';
import { TWO_TRANSCRIPTS } from '../../../test/fixtures/chart-rows';
import { buildKindMinutesOption, kindMinutes } from './kind-minutes';

describe('kindMinutes', () => {
  it('sums minutes per kind over transcripts, largest first', () => {
    expect(kindMinutes(TWO_TRANSCRIPTS)).toEqual([
      { kind: 'speech', minutes: 43 },
      { kind: 'panel', minutes: 30 },
      { kind: 'ceremony', minutes: 5 },
      { kind: 'music', minutes: 2 },
    ]);
  });
});

describe('buildKindMinutesOption', () => {
  it('matches the snapshot', () => {
    expect(buildKindMinutesOption(TWO_TRANSCRIPTS, 'zh')).toMatchSnapshot();
  });
});
