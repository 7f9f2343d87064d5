import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY1, E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

const CLAIMS = /* GraphQL */ `
  query ($filter: ClaimFilter, $first: Int) {
    claims(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          text
          stance
          line
          column
          startSec
          transcript {
            id
          }
          segment {
            id
            kind
          }
          utterance {
            id
            text
            line
            speaker {
              name
            }
          }
          speaker {
            name
          }
          topics {
            name
          }
          entities {
            __typename
            name
          }
        }
      }
    }
  }
`;

describe('claims', () => {
  it('lists every claim with its links, batched (list, count, transcript, segment, utterance, entities)', async () => {
    const res = await h.gql(CLAIMS, { first: 50 });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.claims.totalCount).toBe(8);
    const first = res.body.data!.claims.edges[0].node;
    expect(first).toMatchObject({
      text: '具身智能的关键是数据',
      stance: 'POSITIVE',
      line: 6,
      column: 4,
      startSec: 60,
      transcript: { id: DAY1.transcript.id },
      segment: { id: DAY1.segments[1]!.id, kind: 'INTERVIEW' },
      utterance: { line: 6, speaker: { name: '刘倩' } },
      speaker: { name: '刘倩' },
      topics: [{ name: '具身智能' }],
      entities: [],
    });
    const withEntities = res.body.data!.claims.edges.find(
      (e: any) => e.node.text === '开源模型追得很快',
    ).node;
    expect(withEntities.entities.map((e: any) => `${e.__typename}:${e.name}`).sort()).toEqual([
      'Model:DeepSeek-R1',
      'Organization:复旦大学',
    ]);
    // list + count + transcripts + segments + utterances + all entities (speakers, topics, others) in one
    expect(res.body.extensions?.cypherQueries).toBe(6);
  });

  it('filters by speaker, stance, entity and transcript', async () => {
    const bySpeaker = await h.gql(CLAIMS, { filter: { speakerId: E.liu.id } });
    expect(bySpeaker.body.data!.claims.edges.map((e: any) => e.node.text)).toEqual([
      '具身智能的关键是数据',
      'DeepSeek R1 证明了开源的力量',
      '智能体的风险在于失控',
    ]);
    const concerns = await h.gql(CLAIMS, { filter: { stance: 'CONCERN' } });
    expect(concerns.body.data!.claims.totalCount).toBe(1);
    const aboutR1 = await h.gql(CLAIMS, {
      filter: { entityId: E.r1.id, transcriptId: DAY1.transcript.id },
    });
    expect(aboutR1.body.data!.claims.totalCount).toBe(2);
  });

  it('looks a claim up by id, null when absent', async () => {
    const id = DAY1.claims[0]!.id;
    const res = await h.gql(
      `query ($id: ID!) { claim(id: $id) { id text } missing: claim(id: "x") { id } }`,
      { id },
    );
    expect(res.body.data).toEqual({ claim: { id, text: DAY1.claims[0]!.text }, missing: null });
  });

  it('looks an utterance up by id with transcript and segment', async () => {
    const u = DAY1.utterances[1]!;
    const res = await h.gql(
      `query ($id: ID!) { utterance(id: $id) { text role speaker { id } transcript { id } segment { id } } }`,
      {
        id: u.id,
      },
    );
    expect(res.body.data!.utterance).toEqual({
      text: u.text,
      role: 'unknown',
      speaker: null,
      transcript: { id: DAY1.transcript.id },
      segment: { id: DAY1.segments[0]!.id },
    });
  });

  it('rejects an invalid filter with BAD_USER_INPUT', async () => {
    const res = await h.gql(CLAIMS, { filter: { speakerId: '' } });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.extensions?.cypherQueries ?? 0).toBe(0);
  });
});
