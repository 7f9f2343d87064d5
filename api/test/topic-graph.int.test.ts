import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY2, E } from './fixtures/conference.ts';
import { setUp, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setUp();
});
afterAll(() => h.close());

const GRAPH = /* GraphQL */ `
  query ($types: [EntityType!], $minWeight: Int, $limit: Int, $transcriptId: ID) {
    topicGraph(types: $types, minWeight: $minWeight, limit: $limit, transcriptId: $transcriptId) {
      nodes {
        id
        name
        type
        mentions
        strength
        community
      }
      edges {
        source
        target
        weight
        utterances
        claims
      }
      communities {
        id
        label
        size
        mentions
        memberIds
      }
    }
  }
`;

describe('topicGraph', () => {
  it('weights topic co-occurrence by shared utterances and claims, in one Cypher query', async () => {
    const res = await h.gql(GRAPH, { types: ['TOPIC'] });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cypherQueries).toBe(1);
    const g = res.body.data!.topicGraph;
    expect(g.nodes.map((n: any) => [n.id, n.mentions])).toEqual([
      [E.agents.id, 8],
      [E.embodied.id, 6],
      [E.open.id, 4],
    ]);
    expect(g.edges).toEqual([
      { source: E.agents.id, target: E.embodied.id, weight: 3, utterances: 2, claims: 1 },
      { source: E.embodied.id, target: E.open.id, weight: 3, utterances: 2, claims: 1 },
      { source: E.agents.id, target: E.open.id, weight: 1, utterances: 1, claims: 0 },
    ]);
    expect(g.nodes.find((n: any) => n.id === E.embodied.id).strength).toBe(6);
  });

  it('applies the minimum weight and the size limit, and labels communities', async () => {
    const res = await h.gql(GRAPH, { minWeight: 3 });
    const g = res.body.data!.topicGraph;
    expect(g.edges.every((e: any) => e.weight >= 3)).toBe(true);
    expect(g.edges[0]).toMatchObject({ source: E.r1.id, target: E.open.id, weight: 4 });
    const ids = g.nodes.map((n: any) => n.id).sort();
    expect(ids).toEqual([E.agents.id, E.embodied.id, E.hku.id, E.open.id, E.r1.id].sort());
    const members = g.communities.flatMap((c: any) => c.memberIds).sort();
    expect(members).toEqual(ids);
    for (const n of g.nodes) {
      expect(g.communities[n.community].memberIds).toContain(n.id);
    }
    expect(g.communities[0].label).toBe(
      g.nodes.find((n: any) => n.id === g.communities[0].memberIds[0]).name,
    );

    const limited = await h.gql(GRAPH, { limit: 3 });
    const lg = limited.body.data!.topicGraph;
    expect(lg.nodes.map((n: any) => n.id)).toEqual([E.agents.id, E.embodied.id, E.open.id]);
    expect(
      lg.edges.every((e: any) =>
        [e.source, e.target].every((id: string) => lg.nodes.some((n: any) => n.id === id)),
      ),
    ).toBe(true);
  });

  it('can be limited to one transcript', async () => {
    const res = await h.gql(GRAPH, {
      transcriptId: DAY2.transcript.id,
      types: ['TOPIC', 'ORGANIZATION'],
    });
    const g = res.body.data!.topicGraph;
    expect(g.nodes.map((n: any) => [n.id, n.mentions])).toEqual([
      [E.agents.id, 4],
      [E.embodied.id, 1],
      [E.open.id, 1],
      [E.hku.id, 1],
    ]);
  });

  it('validates its arguments', async () => {
    for (const variables of [{ minWeight: 0 }, { limit: 1000 }, { types: [] }]) {
      const res = await h.gql(GRAPH, variables);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});
