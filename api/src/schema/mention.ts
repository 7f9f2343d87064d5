import type { MentionRow } from '@discourse/graph';
import { builder } from '../builder.ts';
import { Entity } from './entity.ts';

/** A MENTIONS relationship from an utterance: the spelling heard and what it resolved to. */
export const Mention = builder.objectRef<MentionRow>('Mention').implement({
  description:
    'One place an utterance names an entity: the spelling as transcribed, where it is, and how it was resolved.',
  fields: (t) => ({
    entity: t.field({
      type: Entity,
      description: 'The entity the spelling was resolved to; its `name` is the canonical spelling.',
      resolve: (m) => m.entityId,
    }),
    surface: t.exposeString('surface', {
      description: 'The spelling as it appears in the transcript, ASR errors included (e.g. 刘芊).',
    }),
    line: t.exposeInt('line', { description: 'Line of the transcript the spelling is on.' }),
    column: t.exposeInt('column', {
      description: 'Column (code points) where the spelling starts, counted like `Utterance.column`.',
    }),
    method: t.exposeString('method', {
      description:
        'Why the spelling was resolved to the entity (rule name, e.g. `lexicon:exact`, `lexicon:pinyin`, `person:homophone`).',
    }),
    confidence: t.exposeFloat('confidence', {
      description: 'Confidence of the resolution, 0–1.',
    }),
  }),
});
