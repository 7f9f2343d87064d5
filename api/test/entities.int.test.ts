import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY1, DAY2, E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

describe('people', () => {
  const PEOPLE = /* GraphQL */ `
    {
      people(first: 10, orderBy: MENTIONS) {
        totalCount
        edges {
          node {
            id
            name
            type
            role
            affiliation
            variants
            stats {
              mentions
              transcripts
              claims
            }
            organizations {
              id
              name
            }
            profile {
              talkSec
            }
            statements(first: 2) {
              totalCount
              edges {
                node {
                  text
                  topics {
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  `;

  it('lists people by mentions with their relations, batched: 7 Cypher queries for the page', async () => {
    const res = await h.gql(PEOPLE);
    expect(res.body.errors).toBeUndefined();
    const people = res.body.data!.people;
    expect(people.totalCount).toBe(4);
    expect(people.edges.map((e: any) => e.node.id)).toEqual([
      E.liu.id,
      E.huang.id,
      E.gui.id,
      E.wang.id,
    ]);
    const liu = people.edges[0].node;
    expect(liu).toMatchObject({
      name: '刘倩',
      type: 'PERSON',
      role: '研究员',
      affiliation: '新加坡国立大学',
    });
    expect(liu.variants.sort()).toEqual(['刘倩', '刘芊']);
    expect(liu.stats).toEqual({ mentions: 2, transcripts: 1, claims: 0 });
    const huang = people.edges[1].node;
    expect(huang.organizations).toEqual([{ id: E.hku.id, name: '香港大学' }]);
    expect(huang.profile.talkSec).toBe(700);
    expect(huang.statements.totalCount).toBe(3);
    expect(huang.statements.edges.map((e: any) => e.node.text)).toEqual([
      '智能体会改变软件开发',
      '开源和具身智能结合会很有前景',
    ]);
    expect(huang.statements.edges[1].node.topics.map((t: any) => t.name).sort()).toEqual([
      '具身智能',
      '开源',
    ]);
    // list, count, stats, organizations, profile, statements, topics of the claims
    expect(res.body.extensions?.cypherQueries).toBe(7);
  });

  it('looks a person up by id; null when absent or of another kind', async () => {
    const res = await h.gql(
      `query ($a: ID!, $b: ID!) {
      a: person(id: $a) { id name }
      b: person(id: $b) { id }
      c: person(id: "person:nobody") { id }
    }`,
      { a: E.gui.id, b: E.agents.id },
    );
    expect(res.body.data).toEqual({ a: { id: E.gui.id, name: '归涛' }, b: null, c: null });
    expect(res.body.extensions?.cypherQueries).toBe(1);
  });
});

describe('speaker profile', () => {
  it('gives talk time and share, sessions, topics, stances and co-speakers in one query', async () => {
    const res = await h.gql(
      `query ($id: ID!) {
      person(id: $id) {
        name
        profile {
          utterances talkChars talkSec talkShare claimCount
          stances { positive negative neutral concern prediction }
          sessions { transcript { id } segment { id kind } roles talkChars talkSec share }
          topics { topic { id name } mentions claims }
          appearedWith { person { id name } segments }
        }
      }
    }`,
      { id: E.huang.id },
    );
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data!.person.profile;
    const spoken = [DAY1.utterances, DAY2.utterances]
      .flat()
      .filter((u) => u.speakerId === E.huang.id);
    const chars = spoken.reduce((n, u) => n + u.charCount, 0);
    expect(p.utterances).toBe(4);
    expect(p.talkChars).toBe(chars);
    expect(p.talkSec).toBe(700);
    const segmentChars = [DAY1.segments[1]!, DAY1.segments[2]!, DAY2.segments[0]!].reduce(
      (n, s) => n + s.charCount,
      0,
    );
    expect(p.talkShare).toBeCloseTo(chars / segmentChars, 6);
    expect(p.claimCount).toBe(3);
    expect(p.stances).toEqual({ positive: 1, negative: 0, neutral: 0, concern: 0, prediction: 2 });
    expect(p.sessions.map((s: any) => [s.segment.id, s.roles.sort()])).toEqual([
      [DAY1.segments[1]!.id, ['GUEST', 'SPEAKER']],
      [DAY1.segments[2]!.id, ['GUEST', 'SPEAKER']],
      [DAY2.segments[0]!.id, ['GUEST', 'SPEAKER']],
    ]);
    expect(p.sessions[2]).toMatchObject({ talkSec: 400, share: 1 });
    expect(p.topics[0]).toEqual({
      topic: { id: E.agents.id, name: '智能体' },
      mentions: 5,
      claims: 2,
    });
    expect(p.appearedWith).toEqual([
      { person: { id: E.wang.id, name: '王芳' }, segments: 2 },
      { person: { id: E.liu.id, name: '刘倩' }, segments: 1 },
      { person: { id: E.gui.id, name: '归涛' }, segments: 1 },
    ]);
    // person, profile; transcripts/segments/topics/people come inline with the profile
    expect(res.body.extensions?.cypherQueries).toBe(2);
  });
});

describe('organisations, models, topics and entity', () => {
  it('lists organisations with their people', async () => {
    const res = await h.gql(
      `{ organizations { totalCount edges { node { name aliases people { name } } } } }`,
    );
    expect(res.body.data!.organizations.totalCount).toBe(2);
    expect(
      res.body.data!.organizations.edges.map((e: any) => [
        e.node.name,
        e.node.people.map((p: any) => p.name),
      ]),
    ).toEqual([
      ['复旦大学', ['归涛']],
      ['香港大学', ['黄潮']],
    ]);
    expect(res.body.extensions?.cypherQueries).toBe(3);
  });

  it('lists models and topics, and resolves any entity by id through the interface', async () => {
    const res = await h.gql(`{
      models { edges { node { id name variants } } }
      topics(orderBy: MENTIONS) { edges { node { id name stats { mentions } } } }
      e1: entity(id: "org:hku") { __typename id name ... on Organization { people { id } } }
      e2: entity(id: "topic:agents") { __typename type }
      e3: entity(id: "nothing") { id }
      model(id: "model:deepseek-r1") { name aliases }
    }`);
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data!;
    expect(d.models.edges[0].node).toMatchObject({ id: E.r1.id, name: 'DeepSeek-R1' });
    expect(d.models.edges[0].node.variants.sort()).toEqual(['DeepSeek R1', 'DeepSeek-R1']);
    expect(d.topics.edges.map((e: any) => [e.node.name, e.node.stats.mentions])).toEqual([
      ['智能体', 8],
      ['具身智能', 6],
      ['开源', 4],
    ]);
    expect(d.e1).toEqual({
      __typename: 'Organization',
      id: 'org:hku',
      name: '香港大学',
      people: [{ id: E.huang.id }],
    });
    expect(d.e2).toEqual({ __typename: 'Topic', type: 'TOPIC' });
    expect(d.e3).toBeNull();
    expect(d.model).toEqual({ name: 'DeepSeek-R1', aliases: ['深度求索R1'] });
  });

  it('pages through the claims about a topic', async () => {
    const q = `query ($after: String) { topic(id: "topic:agents") { claims(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { text stance speaker { name } } } } } }`;
    const first = await h.gql(q);
    const page1 = first.body.data!.topic.claims;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((e: any) => e.node.stance)).toEqual([
      'PREDICTION',
      'CONCERN',
      'POSITIVE',
    ]);
    const second = await h.gql(q, { after: page1.pageInfo.endCursor });
    const page2 = second.body.data!.topic.claims;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page2.edges).toEqual([
      { node: { text: '智能体和具身智能成为焦点', stance: 'NEUTRAL', speaker: null } },
    ]);
  });
});

describe('segments', () => {
  it('gives hosts and guests of every segment of a transcript with one query for both', async () => {
    const res = await h.gql(
      `query ($id: ID!) { transcript(id: $id) { segments { title hosts { name } guests { name } } } }`,
      {
        id: DAY1.transcript.id,
      },
    );
    expect(res.body.data!.transcript.segments).toEqual([
      { title: '开场', hosts: [{ name: '王芳' }], guests: [] },
      {
        title: '对话：数据与智能体',
        hosts: [{ name: '王芳' }],
        guests: [{ name: '刘倩' }, { name: '黄潮' }],
      },
      {
        title: '圆桌：开源模型',
        hosts: [{ name: '王芳' }],
        guests: [{ name: '归涛' }, { name: '黄潮' }],
      },
    ]);
    expect(res.body.extensions?.cypherQueries).toBe(3);
  });
});
