import {
  whoSaidWhat,
  type QuoteRow,
  type SpeakerStatements,
  type WhoSaidWhat,
} from '@discourse/graph';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { entityId, withDefaults } from '../validation.ts';
import { Claim, StanceCounts, type ClaimShape } from './claim.ts';
import { Entity } from './entity.ts';
import { Person } from './person.ts';
import { Segment } from './segment.ts';
import { Transcript } from './transcript.ts';
import { Utterance, type UtteranceShape } from './utterance.ts';

const inline = (q: QuoteRow): UtteranceShape => ({
  ...q.utterance,
  transcript: q.transcript,
  segment: q.segment,
});

const Quote = builder.objectRef<QuoteRow>('Quote').implement({
  description:
    'A verbatim utterance that mentions the entity, linking back to its transcript, segment, line and time.',
  fields: (t) => ({
    text: t.string({ description: 'What was said, verbatim.', resolve: (q) => q.utterance.text }),
    surfaces: t.exposeStringList('surfaces', {
      description: 'How the entity was written in this utterance (ASR spellings included).',
    }),
    line: t.int({
      description: 'Line (1-based) in the transcript.',
      resolve: (q) => q.utterance.line,
    }),
    column: t.int({
      description: 'Column (1-based) where the utterance starts.',
      resolve: (q) => q.utterance.column,
    }),
    startSec: t.float({
      description: 'Start, in seconds from the session start.',
      resolve: (q) => q.utterance.startSec,
    }),
    endSec: t.float({
      description: 'End, in seconds from the session start.',
      resolve: (q) => q.utterance.endSec,
    }),
    transcript: t.field({
      type: Transcript,
      description: 'The transcript.',
      resolve: (q) => q.transcript,
    }),
    segment: t.field({ type: Segment, description: 'The segment.', resolve: (q) => q.segment }),
    utterance: t.field({ type: Utterance, description: 'The whole utterance.', resolve: inline }),
  }),
});

const SpeakerStatementsRef = builder.objectRef<SpeakerStatements>('SpeakerStatements').implement({
  description: 'What one speaker said about the entity: counts, stance mix, quotes and claims.',
  fields: (t) => ({
    speaker: t.field({
      type: Person,
      nullable: true,
      description: 'The speaker; null groups everything said by unidentified speakers.',
      resolve: (s) => s.speaker,
    }),
    quoteCount: t.exposeInt('quoteCount', {
      description: 'Utterances of theirs that mention the entity.',
    }),
    claimCount: t.exposeInt('claimCount', {
      description: 'Claims of theirs about or naming the entity.',
    }),
    stances: t.field({
      type: StanceCounts,
      description: 'Stance mix of those claims.',
      resolve: (s) => s.stances,
    }),
    quotes: t.field({
      type: [Quote],
      description: 'Verbatim quotes, earliest first (at most quotesPerSpeaker).',
      resolve: (s) => s.quotes,
    }),
    claims: t.field({
      type: [Claim],
      description: 'Their claims, earliest first (at most claimsPerSpeaker).',
      resolve: (s) =>
        s.claims.map(({ claim, quote }): ClaimShape => ({
          ...claim,
          transcript: quote.transcript,
          segment: quote.segment,
          utterance: inline(quote),
        })),
    }),
  }),
});

const WhoSaidWhatRef = builder.objectRef<WhoSaidWhat>('WhoSaidWhat').implement({
  description:
    'Everyone who talked about an entity, each with their claims, stance counts and quotes.',
  fields: (t) => ({
    entity: t.field({
      type: Entity,
      description: 'The entity talked about.',
      resolve: (w) => w.entity,
    }),
    speakers: t.field({
      type: [SpeakerStatementsRef],
      description: 'Speakers with most to say first; unidentified speech last among equals.',
      resolve: (w) => w.speakers,
    }),
  }),
});

/** Arguments shared with GET /export/who-said-what.csv. */
export const whoSaidWhatArgs = z.object({
  entityId,
  quotesPerSpeaker: z.number().int().min(0).max(50).default(5),
  claimsPerSpeaker: z.number().int().min(0).max(100).default(20),
});

builder.queryField('whoSaidWhat', (t) =>
  t.field({
    type: WhoSaidWhatRef,
    nullable: true,
    description:
      'Who said what about a topic (or any entity); null when the entity does not exist.',
    args: t.validate(
      {
        entityId: t.arg.id({
          required: true,
          description: 'Topic, person, organisation or model id.',
        }),
        quotesPerSpeaker: t.arg.int({ description: 'Quotes per speaker (default 5, at most 50).' }),
        claimsPerSpeaker: t.arg.int({
          description: 'Claims per speaker (default 20, at most 100).',
        }),
      },
      withDefaults(whoSaidWhatArgs),
    ),
    resolve: (_root, args, ctx) => whoSaidWhat(ctx.graph, args.entityId, args),
  }),
);
