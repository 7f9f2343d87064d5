import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY1, DAY2, E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

const COVERAGE = /* GraphQL */ `
  query ($transcriptId: ID, $date: Date) {
    coverage(transcriptId: $transcriptId, date: $date) {
      transcript {
        id
      }
      speakers {
        speaker {
          id
        }
        chars
        share
      }
      unidentified {
        utterances
        chars
        seconds
        share
        roles
      }
      topics {
        topic {
          id
        }
        mentions
      }
      segments {
        segment {
          id
          kind
          title
          startSec
          endSec
        }
        hosts {
          name
        }
        guests {
          name
        }
        speakers {
          speaker {
            name
          }
          utterances
          chars
          seconds
          share
          roles
        }
        unidentified {
          utterances
          chars
          share
          roles
        }
        topics {
          topic {
            name
          }
          mentions
        }
      }
    }
  }
`;

const chars = (g: typeof DAY1, lines: number[]) =>
  g.utterances.filter((u) => lines.includes(u.line)).reduce((n, u) => n + u.charCount, 0);

describe('coverage', () => {
  it('gives the timeline of a transcript with people, talk shares, topics and gaps, in one Cypher query', async () => {
    const res = await h.gql(COVERAGE, { transcriptId: DAY1.transcript.id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cypherQueries).toBe(1);
    const [c] = res.body.data!.coverage;
    expect(c.transcript.id).toBe(DAY1.transcript.id);
    expect(
      c.segments.map((s: any) => [
        s.segment.kind,
        s.hosts.map((p: any) => p.name),
        s.guests.map((p: any) => p.name),
      ]),
    ).toEqual([
      ['HOST_MONOLOGUE', ['王芳'], []],
      ['INTERVIEW', ['王芳'], ['刘倩', '黄潮']],
      ['PANEL', ['王芳'], ['归涛', '黄潮']],
    ]);
    const opening = c.segments[0];
    const openingChars = DAY1.segments[0]!.charCount;
    expect(opening.speakers).toEqual([
      {
        speaker: { name: '王芳' },
        utterances: 1,
        chars: chars(DAY1, [2]),
        seconds: 30,
        share: chars(DAY1, [2]) / openingChars,
        roles: ['host'],
      },
    ]);
    expect(opening.unidentified).toEqual({
      utterances: 1,
      chars: chars(DAY1, [3]),
      share: chars(DAY1, [3]) / openingChars,
      roles: ['unknown'],
    });
    expect(opening.topics).toEqual([{ topic: { name: '具身智能' }, mentions: 2 }]);
    const interview = c.segments[1];
    expect(interview.speakers.map((s: any) => [s.speaker.name, s.chars])).toEqual([
      ['刘倩', chars(DAY1, [6, 12])],
      ['黄潮', chars(DAY1, [8])],
      ['王芳', chars(DAY1, [10])],
    ]);
    expect(interview.unidentified).toBeNull();
    expect(c.unidentified).toMatchObject({
      utterances: 1,
      chars: chars(DAY1, [3]),
      roles: ['unknown'],
    });
    expect(
      c.speakers.reduce((n: number, s: any) => n + s.share, 0) + c.unidentified.share,
    ).toBeCloseTo(1, 9);
    expect(c.topics[0]).toEqual({ topic: { id: E.embodied.id }, mentions: 5 });
  });

  it('covers every transcript of a day, with narrator speech as unidentified', async () => {
    const res = await h.gql(COVERAGE, { date: '2025-07-27' });
    const list = res.body.data!.coverage;
    expect(list.map((c: any) => c.transcript.id)).toEqual([DAY2.transcript.id]);
    const report = list[0].segments[1];
    expect(report).toMatchObject({ hosts: [], guests: [], speakers: [] });
    expect(report.unidentified).toMatchObject({ utterances: 1, share: 1, roles: ['narrator'] });
  });

  it('asks for exactly one of transcriptId and date', async () => {
    for (const variables of [{}, { transcriptId: DAY1.transcript.id, date: '2025-07-26' }]) {
      const res = await h.gql(COVERAGE, variables);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const none = await h.gql(COVERAGE, { date: '2030-01-01' });
    expect(none.body.data!.coverage).toEqual([]);
  });
});

describe('conferenceDays', () => {
  it('lists the days with their transcripts (2 queries: days, transcripts)', async () => {
    const res = await h.gql(`{ conferenceDays { date durationSec transcripts { id } } }`);
    expect(res.body.data!.conferenceDays).toEqual([
      { date: '2025-07-26', durationSec: 900, transcripts: [{ id: DAY1.transcript.id }] },
      { date: '2025-07-27', durationSec: 600, transcripts: [{ id: DAY2.transcript.id }] },
    ]);
    expect(res.body.extensions?.cypherQueries).toBe(2);
  });
});
