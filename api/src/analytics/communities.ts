/**
 * Community labels for the topic graph, by weighted label propagation (Raghavan et al. 2007),
 * made deterministic: nodes are visited in a fixed order and ties go to the current label, then
 * to the label of the most mentioned node. Small graphs (≤ a few hundred nodes) converge in a
 * handful of rounds; Neo4j's GDS plugin is not needed.
 */

export interface CommunityNode {
  id: string;
  name: string;
  mentions: number;
}

export interface CommunityEdge {
  source: string;
  target: string;
  weight: number;
}

export interface Community {
  /** 0 is the community with the most mentions. */
  id: number;
  /** Name of its most mentioned member. */
  label: string;
  size: number;
  mentions: number;
  memberIds: string[];
}

export interface Communities {
  /** Community id per node id. */
  of: Map<string, number>;
  communities: Community[];
}

const MAX_ROUNDS = 100;

export function labelPropagation(
  nodes: readonly CommunityNode[],
  edges: readonly CommunityEdge[],
): Communities {
  // Rank by mentions (then id) so that ties resolve towards the most talked-about node.
  const ranked = [...nodes].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  const index = new Map(ranked.map((n, i) => [n.id, i]));
  const neighbours: Map<number, number>[] = ranked.map(() => new Map());
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    neighbours[a]!.set(b, (neighbours[a]!.get(b) ?? 0) + e.weight);
    neighbours[b]!.set(a, (neighbours[b]!.get(a) ?? 0) + e.weight);
  }
  const label = ranked.map((_, i) => i);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (let i = 0; i < ranked.length; i++) {
      const score = new Map<number, number>();
      for (const [j, w] of neighbours[i]!) score.set(label[j]!, (score.get(label[j]!) ?? 0) + w);
      if (!score.size) continue;
      const best = Math.max(...score.values());
      const current = label[i]!;
      if (score.get(current) === best) continue;
      const next = Math.min(...[...score].filter(([, w]) => w === best).map(([l]) => l));
      if (next !== current) {
        label[i] = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const groups = new Map<number, CommunityNode[]>();
  ranked.forEach((n, i) => groups.set(label[i]!, [...(groups.get(label[i]!) ?? []), n]));
  const communities = [...groups.values()]
    .map((members) => ({
      members,
      mentions: members.reduce((n, m) => n + m.mentions, 0),
    }))
    .sort(
      (a, b) =>
        b.mentions - a.mentions ||
        b.members.length - a.members.length ||
        a.members[0]!.id.localeCompare(b.members[0]!.id),
    )
    .map(({ members, mentions }, id) => ({
      id,
      label: members[0]!.name,
      size: members.length,
      mentions,
      memberIds: members.map((m) => m.id),
    }));
  const of = new Map<string, number>();
  for (const c of communities) for (const m of c.memberIds) of.set(m, c.id);
  return { of, communities };
}
