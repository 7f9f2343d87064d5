import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY1, DAY2, E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

/** What the transcript reader asks for: every turn with its speaker, mentions and claims. */
const READER = /* GraphQL */ `
  query Reader($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $fromLine: Int) {
    transcript(id: $id) {
      utterances(first: $first, after: $after, last: $last, before: $before, fromLine: $fromLine) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          node {
            id
            line
            column
            endLine
            text
            role
            speaker {
              id
              name
            }
            mentions {
              surface
              line
              column
              method
              entity {
                id
                type
                name
              }
            }
            claims {
              id
              line
              column
              text
              stance
              topics {
                id
                name
              }
              speaker {
                name
              }
            }
          }
        }
      }
    }
  }
`;

const nodes = (res: { body: { data?: any } }) =>
  res.body.data!.transcript.utterances.edges.map((e: any) => e.node);

describe('Transcript.utterances', () => {
  it('pages through a transcript in reading order with relay cursors', async () => {
    const first = await h.gql(READER, { id: DAY1.transcript.id, first: 3 });
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data!.transcript.utterances;
    expect(page1.totalCount).toBe(8);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(nodes(first).map((u: any) => u.line)).toEqual([2, 3, 6]);

    const second = await h.gql(READER, {
      id: DAY1.transcript.id,
      first: 3,
      after: page1.pageInfo.endCursor,
    });
    expect(nodes(second).map((u: any) => u.line)).toEqual([8, 10, 12]);
    const third = await h.gql(READER, {
      id: DAY1.transcript.id,
      first: 3,
      after: second.body.data!.transcript.utterances.pageInfo.endCursor,
    });
    expect(nodes(third).map((u: any) => u.line)).toEqual([22, 25]);
    expect(third.body.data!.transcript.utterances.pageInfo.hasNextPage).toBe(false);
  });

  it('starts a page at the utterance containing a line, and pages back from there', async () => {
    // line 11 is blank: the page starts with the next utterance (line 12), fifth in reading order
    const res = await h.gql(READER, { id: DAY1.transcript.id, first: 2, fromLine: 11 });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.transcript.utterances;
    expect(nodes(res).map((u: any) => u.line)).toEqual([12, 22]);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

    const back = await h.gql(READER, {
      id: DAY1.transcript.id,
      last: 2,
      before: page.pageInfo.startCursor,
    });
    expect(nodes(back).map((u: any) => u.line)).toEqual([8, 10]);
    const on = await h.gql(READER, { id: DAY1.transcript.id, first: 1, fromLine: 10 });
    expect(nodes(on).map((u: any) => u.line)).toEqual([10]);
    const next = await h.gql(READER, {
      id: DAY1.transcript.id,
      first: 1,
      after: on.body.data!.transcript.utterances.pageInfo.endCursor,
    });
    expect(nodes(next).map((u: any) => u.line)).toEqual([12]);
    expect(res.body.extensions?.cypherQueries).toBe(2);
  });

  it('gives each turn its speaker, the mentions with resolved names and the claims', async () => {
    const res = await h.gql(READER, { id: DAY1.transcript.id, first: 100 });
    expect(res.body.errors).toBeUndefined();
    const byLine = new Map<number, any>(nodes(res).map((u: any) => [u.line, u]));

    // the host asks 刘倩 under the ASR spelling 刘芊: the mention carries the canonical name
    expect(byLine.get(10)).toEqual({
      id: `${DAY1.transcript.id}:u10`,
      line: 10,
      column: 1,
      endLine: 10,
      text: '刘芊老师怎么看智能体的风险？',
      role: 'host',
      speaker: { id: E.wang.id, name: '王芳' },
      mentions: [
        {
          surface: '刘芊',
          line: 10,
          column: 1,
          method: 'pinyin',
          entity: { id: E.liu.id, type: 'PERSON', name: '刘倩' },
        },
        {
          surface: '智能体',
          line: 10,
          column: 8,
          method: 'exact',
          entity: { id: E.agents.id, type: 'TOPIC', name: '智能体' },
        },
      ],
      claims: [],
    });
    // unidentified speech keeps its role and no speaker
    expect(byLine.get(3)).toMatchObject({
      role: 'unknown',
      speaker: null,
      mentions: [{ surface: '句深智能', entity: { name: '具身智能' }, method: 'pinyin' }],
    });
    // two claims in one turn, in column order, with stance and topics
    expect(byLine.get(6).claims).toEqual([
      {
        id: `${DAY1.transcript.id}:u6:c0`,
        line: 6,
        column: 4,
        text: '具身智能的关键是数据',
        stance: 'POSITIVE',
        topics: [{ id: E.embodied.id, name: '具身智能' }],
        speaker: { name: '刘倩' },
      },
      {
        id: `${DAY1.transcript.id}:u6:c1`,
        line: 6,
        column: 15,
        text: 'DeepSeek R1 证明了开源的力量',
        stance: 'POSITIVE',
        topics: [{ id: E.open.id, name: '开源' }],
        speaker: { name: '刘倩' },
      },
    ]);
  });

  it('returns every utterance, mention and claim of the fixture, in order', async () => {
    const res = await h.gql(READER, { id: DAY1.transcript.id, first: 100 });
    const got = nodes(res).map((u: any) => ({
      id: u.id,
      text: u.text,
      mentions: u.mentions.map((m: any) => [m.line, m.column, m.surface, m.entity.id]),
      claims: u.claims.map((c: any) => c.id),
    }));
    expect(got).toEqual(
      DAY1.utterances.map((u) => ({
        id: u.id,
        text: u.text,
        mentions: DAY1.mentions
          .filter((m) => m.utteranceId === u.id)
          .map((m) => [m.line, m.column, m.surface, m.entityId]),
        claims: DAY1.claims.filter((c) => c.utteranceId === u.id).map((c) => c.id),
      })),
    );
  });

  it('costs two Cypher queries for a whole page: the transcript and one for the page', async () => {
    const res = await h.gql(READER, { id: DAY1.transcript.id, first: 100 });
    expect(res.body.errors).toBeUndefined();
    // speakers, mention entities, claim topics and claim speakers all come with the page
    expect(res.body.extensions?.cypherQueries).toBe(2);
  });

  it('pages the utterances of several transcripts in one query', async () => {
    const res = await h.gql(`{
      transcripts(first: 10) { edges { node { id
        utterances(first: 2) { totalCount edges { node { line speaker { name }
          mentions { surface entity { name } } claims { stance topics { name } } } } }
      } } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const list = res.body.data!.transcripts.edges.map((e: any) => e.node);
    expect(
      list.map((t: any) => [
        t.id,
        t.utterances.totalCount,
        t.utterances.edges.map((e: any) => e.node.line),
      ]),
    ).toEqual([
      [DAY1.transcript.id, 8, [2, 3]],
      [DAY2.transcript.id, 3, [2, 5]],
    ]);
    expect(list[1].utterances.edges[0].node).toEqual({
      line: 2,
      speaker: { name: '黄潮' },
      mentions: [
        { surface: '智能体', entity: { name: '智能体' } },
        { surface: 'Agent', entity: { name: '智能体' } },
      ],
      claims: [{ stance: 'POSITIVE', topics: [{ name: '智能体' }] }],
    });
    // the transcript list, then one query for the pages of both transcripts
    expect(res.body.extensions?.cypherQueries).toBe(2);
  });

  it('loads mentions and claims of utterances reached another way, batched', async () => {
    const res = await h.gql(`{
      claims(first: 50) { edges { node { utterance { line
        mentions { surface entity { name } } claims { id } } } } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const utterances = res.body.data!.claims.edges.map((e: any) => e.node.utterance);
    const line12 = utterances.find((u: any) => u.line === 12);
    expect(line12.mentions.map((m: any) => `${m.surface}→${m.entity.name}`)).toEqual([
      '智能体→智能体',
      '具身智能→具身智能',
    ]);
    expect(line12.claims).toEqual([{ id: `${DAY1.transcript.id}:u12:c0` }]);
    // claims, utterances, their mentions, their claims, the mentioned entities
    expect(res.body.extensions?.cypherQueries).toBe(5);
  });

  it('answers an empty page past the end, null for a missing transcript, and rejects bad pages', async () => {
    const past = await h.gql(READER, {
      id: DAY2.transcript.id,
      first: 2,
      after: (await h.gql(READER, { id: DAY2.transcript.id, first: 3 })).body.data!.transcript
        .utterances.pageInfo.endCursor,
    });
    expect(past.body.data!.transcript.utterances).toMatchObject({
      totalCount: 3,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
    const cursor = (await h.gql(READER, { id: DAY1.transcript.id, first: 1 })).body.data!.transcript
      .utterances.pageInfo.endCursor;
    const missing = await h.gql(READER, { id: 'no-such-transcript' });
    expect(missing.body).toMatchObject({ data: { transcript: null } });
    expect(missing.body.errors).toBeUndefined();
    for (const args of [
      'first: 101',
      'first: 2, after: "bm9wZQ=="',
      'fromLine: 0',
      `fromLine: 3, after: "${cursor}"`,
    ]) {
      const res = await h.gql(
        `{ transcript(id: "${DAY1.transcript.id}") { utterances(${args}) { totalCount } } }`,
      );
      expect(res.body.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
    }
  });
});
