/** Known aliases of a lexicon entity, looked up by type and canonical name. */
import type { EntityType } from '../types.ts';
import type { LexiconEntry } from './types.ts';
import { MODELS, ORGANIZATIONS, TOPICS } from './index.ts';

const TABLE: Partial<Record<EntityType, Map<string, LexiconEntry>>> = {
  organization: new Map(ORGANIZATIONS.map((e) => [e.canonical, e])),
  model: new Map(MODELS.map((e) => [e.canonical, e])),
  topic: new Map(TOPICS.map((e) => [e.canonical, e])),
};

export function aliasesOf(type: EntityType, canonical: string): string[] {
  return TABLE[type]?.get(canonical)?.aliases ?? [];
}
