import { describe, expect, it } from 'vitest';
import { labelPropagation, type CommunityEdge, type CommunityNode } from './communities.ts';

const node = (id: string, mentions = 1): CommunityNode => ({
  id,
  name: id.toUpperCase(),
  mentions,
});
const edge = (source: string, target: string, weight = 1): CommunityEdge => ({
  source,
  target,
  weight,
});

describe('labelPropagation', () => {
  it('separates two cliques joined by a weak bridge', () => {
    const nodes = ['a', 'b', 'c', 'x', 'y', 'z'].map((id) =>
      node(id, id === 'a' ? 5 : id === 'x' ? 4 : 1),
    );
    const edges = [
      edge('a', 'b', 3),
      edge('b', 'c', 3),
      edge('a', 'c', 3),
      edge('x', 'y', 3),
      edge('y', 'z', 3),
      edge('x', 'z', 3),
      edge('c', 'x', 1),
    ];
    const { of, communities } = labelPropagation(nodes, edges);
    expect(communities.map((c) => [c.label, c.memberIds.sort()])).toEqual([
      ['A', ['a', 'b', 'c']],
      ['X', ['x', 'y', 'z']],
    ]);
    expect(of.get('b')).toBe(0);
    expect(of.get('z')).toBe(1);
  });

  it('keeps isolated nodes in their own community and is deterministic', () => {
    const nodes = [node('p', 3), node('q', 2), node('r', 1)];
    const edges = [edge('p', 'q', 2)];
    const first = labelPropagation(nodes, edges);
    expect(first.communities.map((c) => c.memberIds)).toEqual([['p', 'q'], ['r']]);
    expect(labelPropagation([...nodes].reverse(), [...edges].reverse())).toEqual(first);
  });

  it('handles an empty graph', () => {
    expect(labelPropagation([], [])).toEqual({ of: new Map(), communities: [] });
  });
});
