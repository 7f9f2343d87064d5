import { error } from '@sveltejs/kit';
import { COLLECTION, entityKindFromApi, type Collection } from '$lib/entities';
import { ENTITY_QUERY, type EntityDetail, type EntityResult } from '$lib/queries/entity';
import { PERSON_QUERY, type PersonDetail, type PersonResult } from '$lib/queries/person';
import { DAYS_QUERY, type DaysResult } from '$lib/queries/coverage';
import {
  entityListQuery,
  LEADERS_QUERY,
  RISING_QUERY,
  type Rising,
  type RisingResult,
  type EntityListPage,
  type EntityListRow,
  type Leader,
  type Leaders,
  type LeadersResult,
} from '$lib/queries/entities';
import { query } from './api';

const PAGE_SIZE = 100;
/** A list page shows at most this many entities (the most mentioned ones). */
const MAX_ROWS = 2_000;

/** Entities of one collection, most mentioned first. */
export async function entityList(collection: Collection): Promise<{ rows: EntityListRow[]; total: number }> {
  const document = entityListQuery(collection);
  const rows: EntityListRow[] = [];
  let after: string | null = null;
  let total = 0;
  while (rows.length < MAX_ROWS) {
    const { list }: EntityListPage = await query<EntityListPage>(document, {
      first: PAGE_SIZE,
      after,
      orderBy: 'MENTIONS',
    });
    total = list.totalCount;
    rows.push(...list.edges.map((e) => e.node));
    if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) break;
    after = list.pageInfo.endCursor;
  }
  return { rows, total };
}

/** Top `n` of each kind for the overview; speakers ranked by how many claims they made. */
export async function leaders(n = 10): Promise<Leaders> {
  const r = await query<LeadersResult>(LEADERS_QUERY, { n, speakers: 100 });
  const byMentions = (edges: LeadersResult['topics']['edges']): Leader[] =>
    edges.map(({ node }) => ({ id: node.id, name: node.name, value: node.stats.mentions })).filter((l) => l.value > 0);
  return {
    topics: byMentions(r.topics.edges),
    organizations: byMentions(r.organizations.edges),
    models: byMentions(r.models.edges),
    speakers: r.people.edges
      .map(({ node }) => ({
        id: node.id,
        name: node.name,
        value: node.profile.claimCount,
        detail: [node.role, node.affiliation].filter(Boolean).join(' · '),
      }))
      .filter((l) => l.value > 0)
      .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'zh'))
      .slice(0, n),
  };
}

/**
 * Topics that gained most share of mentions in the second half of the conference's days
 * over the first half; null with fewer than two dated days.
 */
export async function risingTopics(n = 8): Promise<Rising | null> {
  const { conferenceDays } = await query<DaysResult>(DAYS_QUERY);
  const days = conferenceDays.flatMap((d) => (d.date ? [d.date] : [])).sort();
  if (days.length < 2) return null;
  const half = Math.ceil(days.length / 2);
  const before = { from: days[0]!, to: days[half - 1]! };
  const after = { from: days[half]!, to: days[days.length - 1]! };
  const { risingTopics: r } = await query<RisingResult>(RISING_QUERY, { before, after, n });
  const topics = r.items
    .filter((i) => i.change > 0)
    .map((i) => ({
      id: i.entity.id,
      name: i.entity.name,
      value: Math.round(i.change * 1000) / 10,
      detail: `${i.before} → ${i.after}`,
    }));
  return { before, after, topics };
}

export function notFound(what: string): never {
  error(404, { code: 'NOT_FOUND', message: `No ${what}` });
}

/** Any entity by id, with the collection its page lives in; 404 when there is none. */
export async function entityById(id: string): Promise<{ entity: EntityDetail; collection: Collection }> {
  const { entity } = await query<EntityResult>(ENTITY_QUERY, { id });
  const kind = entity && entityKindFromApi(entity.__typename);
  if (!entity || !kind) notFound(`entity ${id}`);
  return { entity, collection: COLLECTION[kind] };
}

/** A person with their speaker profile; 404 when there is none. */
export async function personById(id: string): Promise<PersonDetail> {
  const { person } = await query<PersonResult>(PERSON_QUERY, { id });
  if (!person) notFound(`person ${id}`);
  return person;
}
