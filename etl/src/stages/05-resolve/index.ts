/**
 * Stage 5 — one entity per real-world thing.
 * Input: mentions, person facts, turns and segments. Output: entities, each with every
 * surface that was merged into it and how (method, confidence), and the entity of each
 * mention and turn.
 * Must not: merge two people on surname alone. Spellings that merely sound close merge only
 * when they occur in the same segment; given names and 王总-style address forms attach only
 * to a single matching participant of their segment.
 */
import type { EntityType, Mention, PersonFacts, ResolvedEntity, Turn } from '../../types.ts';
import { canonicalKey } from '../../nlp/canonical.ts';
import { syllable } from '../../nlp/pinyin.ts';
import { givenName, nameSimilarity } from '../../rules/name-similarity.ts';

export interface Resolution {
  entities: ResolvedEntity[];
  /** Entity id of each mention (same order as the input); null when dropped. */
  mentionEntity: (string | null)[];
  /** Entity id of each turn's speaker. */
  turnEntity: (string | null)[];
}

/** Line ranges of segments, to know which segment a line is in. */
export type SegmentOf = (line: number) => number;

export function entityId(type: EntityType, name: string): string {
  return `${type}:${canonicalKey(name)}`;
}

export function resolve(
  mentions: Mention[],
  facts: PersonFacts[],
  turns: Turn[],
  segmentOf: SegmentOf,
  aliasesOf: (type: EntityType, canonical: string) => string[],
): Resolution {
  const entities = new Map<string, ResolvedEntity>();
  const mentionEntity: (string | null)[] = new Array(mentions.length).fill(null);
  const get = (type: EntityType, name: string): ResolvedEntity => {
    const id = entityId(type, name);
    let e = entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: aliasesOf(type, name), variants: [], role: null, affiliation: null };
      entities.set(id, e);
    }
    return e;
  };
  const addVariant = (e: ResolvedEntity, surface: string, method: string, confidence: number) => {
    if (!e.variants.some((v) => v.surface === surface)) e.variants.push({ surface, method, confidence });
  };

  // organisations, models, topics: the lexicon canonical, else the surface itself
  mentions.forEach((m, i) => {
    if (m.type === 'person') return;
    const e = get(m.type, m.canonical ?? m.key);
    const method = !m.canonical ? 'pattern' : m.source.endsWith('pinyin') ? 'pinyin-homophone' : m.source.endsWith('latin-fuzzy') ? 'spelling-distance' : 'lexicon-alias';
    addVariant(e, m.surface, method, m.confidence);
    mentionEntity[i] = e.id;
  });

  const people = clusterPeople(mentions, turns, facts, segmentOf);
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    const c = people.attach(m.surface, m.source, segmentOf(m.start.line));
    if (!c) return;
    const e = get('person', c.name);
    addVariant(e, m.surface, c.method, c.confidence);
    mentionEntity[i] = e.id;
  });
  const turnEntity = turns.map((t) => {
    if (!t.speakerSurface) return null;
    const c = people.attach(t.speakerSurface, 'person:name', segmentOf(t.start.line));
    return c ? get('person', c.name).id : null;
  });
  for (const f of facts) {
    const c = people.attach(f.surface, 'person:name', segmentOf(f.pos.line));
    if (!c) continue;
    const e = get('person', c.name);
    e.role ??= f.role;
    e.affiliation ??= f.affiliation;
  }
  return { entities: [...entities.values()], mentionEntity, turnEntity };
}

interface Cluster {
  name: string;
  surfaces: Map<string, number>;
  segments: Set<number>;
}

/**
 * Union of full-name spellings: identical pinyin always, near pinyin within a segment.
 * Returns a function placing any surface (full name, given name, address form) in a cluster.
 */
function clusterPeople(mentions: Mention[], turns: Turn[], facts: PersonFacts[], segmentOf: SegmentOf) {
  const occurrences: { surface: string; segment: number }[] = [];
  for (const m of mentions) {
    if (m.type === 'person' && isFullName(m.source) && !/^[A-Z][a-z]+$/.test(m.surface)) occurrences.push({ surface: m.surface, segment: segmentOf(m.start.line) });
  }
  for (const t of turns) if (t.speakerSurface) occurrences.push({ surface: t.speakerSurface, segment: segmentOf(t.start.line) });
  for (const f of facts) occurrences.push({ surface: f.surface, segment: segmentOf(f.pos.line) });

  const clusters: Cluster[] = [];
  const bySurface = new Map<string, Cluster>();
  for (const o of occurrences) {
    let c = bySurface.get(o.surface);
    if (!c) {
      c = clusters.find((k) => [...k.surfaces.keys()].some((s) => mergeable(s, o.surface, k.segments.has(o.segment))));
      if (!c) {
        c = { name: o.surface, surfaces: new Map(), segments: new Set() };
        clusters.push(c);
      }
      bySurface.set(o.surface, c);
    }
    c.surfaces.set(o.surface, (c.surfaces.get(o.surface) ?? 0) + 1);
    c.segments.add(o.segment);
  }
  for (const c of clusters) {
    // the most frequent spelling names the person
    c.name = [...c.surfaces].sort((a, b) => b[1] - a[1])[0]![0];
  }

  return {
    attach(surface: string, source: string, segment: number): { name: string; method: string; confidence: number } | null {
      const direct = /^[A-Z][a-z]+$/.test(surface) ? undefined : bySurface.get(surface);
      if (direct && isFullName(source)) {
        const method = surface === direct.name ? 'exact' : nameSimilarity(surface, direct.name)?.method ?? 'exact';
        return { name: direct.name, method, confidence: method === 'near-homophone' ? 0.7 : 0.9 };
      }
      if (direct && !isFullName(source)) return { name: direct.name, method: 'exact', confidence: 0.9 };
      const inSegment = clusters.filter((c) => c.segments.has(segment));
      if (/^[A-Z][a-z]+$/.test(surface)) {
        // Maria → Maria Chen: a first name used alone, when one person in the segment has it
        const matches = inSegment.filter((c) => c.name.startsWith(`${surface} `));
        return matches.length === 1 ? { name: matches[0]!.name, method: 'first-name', confidence: 0.7 } : null;
      }
      if (source.includes('given-name')) {
        const matches = inSegment.filter((c) => [...c.surfaces.keys()].some((s) => {
          const g = givenName(s);
          return g !== null && (g === surface || nameSimilarity(g, surface)?.distance === 0);
        }));
        return matches.length === 1 ? { name: matches[0]!.name, method: 'given-name', confidence: 0.7 } : null;
      }
      if (source === 'person:address-form') {
        const s = surface.startsWith('小') || surface.startsWith('老') ? surface[1]! : surface[0]!;
        const matches = inSegment.filter((c) => syllable(c.name[0]!) === syllable(s));
        return matches.length === 1 ? { name: matches[0]!.name, method: 'address-form', confidence: 0.6 } : null;
      }
      const near = clusters.find((c) => [...c.surfaces.keys()].some((k) => mergeable(k, surface, c.segments.has(segment))));
      return near ? { name: near.name, method: 'near-homophone', confidence: 0.6 } : null;
    },
  };
}

function isFullName(source: string): boolean {
  return source === 'person:name' || source === 'person:dictionary-name' || source === 'person:homophone' || source === 'person:near-homophone' || source === 'person:identical' || source === 'compromise';
}

function mergeable(a: string, b: string, sameSegment: boolean): boolean {
  const sim = nameSimilarity(a, b);
  if (!sim) return false;
  return sim.distance === 0 || sameSegment;
}
