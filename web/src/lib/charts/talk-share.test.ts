import { describe, expect, it } from 'vitest';
import type { TranscriptCoverage } from '$lib/queries/coverage';
import { buildTalkShareOption } from './talk-share';

const talk = (id: string | null, name: string, share: number, seconds: number) => ({
  speaker: id ? { id, name } : null,
  share,
  seconds,
  utterances: 1,
  roles: ['guest'],
});
const transcript = (id: string, part: string) => ({
  id,
  title: id,
  sessionTitle: `会场${part}`,
  part,
  date: '2024-07-04',
  language: 'zh',
  lineCount: 10,
  charCount: 100,
  durationSec: 600,
  timeBasis: 'estimated',
});
const ROWS: TranscriptCoverage[] = [
  {
    transcript: transcript('t1', 'P1'),
    speakers: [talk('person:a', '甲', 0.6, 300), talk('person:b', '乙', 0.3, 100)],
    unidentified: talk(null, '', 0.1, 60),
    topics: [],
    segments: [],
  },
  { transcript: transcript('t2', 'P2'), speakers: [talk('person:b', '乙', 1, 400)], unidentified: null, topics: [], segments: [] },
];

describe('buildTalkShareOption', () => {
  it('stacks speakers by total talk time, then unidentified speech, in percent', () => {
    const option = buildTalkShareOption(ROWS, 'zh') as { series: { name: string; data: { value: number }[] }[] };
    expect(option.series.map((s) => [s.name, s.data.map((d) => d.value)])).toEqual([
      ['乙', [30, 100]],
      ['甲', [60, 0]],
      ['未识别', [10, 0]],
    ]);
  });

  it('matches the snapshot', () => {
    expect(buildTalkShareOption(ROWS, 'en')).toMatchSnapshot();
  });
});
