import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY1, DAY2, E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

const WHO = /* GraphQL */ `
  query ($entityId: ID!, $quotesPerSpeaker: Int) {
    whoSaidWhat(entityId: $entityId, quotesPerSpeaker: $quotesPerSpeaker) {
      entity {
        id
        name
      }
      speakers {
        speaker {
          id
          name
        }
        quoteCount
        claimCount
        stances {
          positive
          negative
          neutral
          concern
          prediction
        }
        quotes {
          text
          surfaces
          line
          column
          startSec
          endSec
          transcript {
            id
            title
          }
          segment {
            id
            title
            kind
          }
          utterance {
            id
            role
          }
        }
        claims {
          text
          stance
          line
          transcript {
            id
          }
          segment {
            id
          }
          utterance {
            line
          }
        }
      }
    }
  }
`;

describe('whoSaidWhat', () => {
  it('groups quotes and claims about a topic by speaker, in one Cypher query', async () => {
    const res = await h.gql(WHO, { entityId: E.agents.id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cypherQueries).toBe(1);
    const w = res.body.data!.whoSaidWhat;
    expect(w.entity).toEqual({ id: E.agents.id, name: '智能体' });
    expect(
      w.speakers.map((s: any) => [s.speaker?.name ?? null, s.quoteCount, s.claimCount]),
    ).toEqual([
      ['黄潮', 3, 2],
      ['刘倩', 1, 1],
      [null, 1, 1],
      ['王芳', 1, 0],
    ]);
    const huang = w.speakers[0];
    expect(huang.stances).toEqual({
      positive: 1,
      negative: 0,
      neutral: 0,
      concern: 0,
      prediction: 1,
    });
    expect(huang.quotes[0]).toEqual({
      text: '智能体会改变软件开发，香港大学在做Agent研究。',
      surfaces: ['智能体', 'Agent'],
      line: 8,
      column: 1,
      startSec: 200,
      endSec: 350,
      transcript: { id: DAY1.transcript.id, title: DAY1.transcript.title },
      segment: { id: DAY1.segments[1]!.id, title: '对话：数据与智能体', kind: 'INTERVIEW' },
      utterance: { id: `${DAY1.transcript.id}:u8`, role: 'guest' },
    });
    expect(huang.claims.map((c: any) => [c.text, c.stance, c.transcript.id])).toEqual([
      ['智能体会改变软件开发', 'PREDICTION', DAY1.transcript.id],
      ['智能体是今年最热的方向', 'POSITIVE', DAY2.transcript.id],
    ]);
    const unidentified = w.speakers[2];
    expect(unidentified.claims[0]).toMatchObject({
      text: '智能体和具身智能成为焦点',
      stance: 'NEUTRAL',
      line: 12,
    });
    expect(unidentified.quotes[0].utterance.role).toBe('narrator');
  });

  it('finds what people said about a person, including ASR spellings of the name', async () => {
    const res = await h.gql(WHO, { entityId: E.liu.id });
    const speakers = res.body.data!.whoSaidWhat.speakers;
    expect(speakers).toHaveLength(1);
    expect(speakers[0].speaker.name).toBe('王芳');
    expect(speakers[0].quotes.map((q: any) => q.surfaces)).toEqual([['刘倩'], ['刘芊']]);
  });

  it('limits quotes per speaker but keeps the counts', async () => {
    const res = await h.gql(WHO, { entityId: E.agents.id, quotesPerSpeaker: 1 });
    const huang = res.body.data!.whoSaidWhat.speakers[0];
    expect(huang.quoteCount).toBe(3);
    expect(huang.quotes).toHaveLength(1);
  });

  it('is null for an unknown entity and validates its limits', async () => {
    const missing = await h.gql(WHO, { entityId: 'topic:nothing' });
    expect(missing.body.data).toEqual({ whoSaidWhat: null });
    const bad = await h.gql(WHO, { entityId: E.agents.id, quotesPerSpeaker: 1000 });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
