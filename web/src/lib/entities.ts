import { localHref, type Lang } from './i18n';

/** Entity kinds as the dashboard spells them (the API's EntityType enum, lower-cased). */
export const ENTITY_KINDS = ['topic', 'person', 'organization', 'model'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export type Collection = 'topics' | 'people' | 'organizations' | 'models';

/** URL collection of each kind: /topics, /people, /organizations, /models. */
export const COLLECTION: Record<EntityKind, Collection> = {
  topic: 'topics',
  person: 'people',
  organization: 'organizations',
  model: 'models',
};

export function kindOfCollection(collection: string): EntityKind | null {
  const found = ENTITY_KINDS.find((k) => COLLECTION[k] === collection);
  return found ?? null;
}

/** The API's EntityType (PERSON, TOPIC…) → the dashboard's kind; null when unknown. */
export function entityKindFromApi(value: string): EntityKind | null {
  const k = value.toLowerCase();
  return (ENTITY_KINDS as readonly string[]).includes(k) ? (k as EntityKind) : null;
}

/** Link to an entity's page, e.g. /topics/topic%3Allm. */
export function entityHref(kind: EntityKind, id: string, lang: Lang): string {
  return localHref(`/${COLLECTION[kind]}/${encodeURIComponent(id)}`, lang);
}

/** Link to a line of a transcript (the reader scrolls to and highlights #L123). */
export function lineHref(transcriptId: string, line: number, lang: Lang): string {
  return `${localHref(`/transcripts/${encodeURIComponent(transcriptId)}`, lang)}#L${line}`;
}
