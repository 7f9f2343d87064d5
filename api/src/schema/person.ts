import {
  affiliationsOfPeople,
  claimsOfEntities,
  personProfiles,
  type PersonProfile,
  type PersonSession,
  type SessionRole,
} from '@discourse/graph';
import { byKey, groupBy } from '../batch.ts';
import { builder } from '../builder.ts';
import { ClaimConnection, StanceCounts, StanceEnum, claimPage } from './claim.ts';
import { Entity, addEntityQueries, entitiesOfType } from './entity.ts';
import { Organization } from './organization.ts';
import { Segment } from './segment.ts';
import { Topic } from './topic.ts';
import { Transcript } from './transcript.ts';

/** What a profile is for a person with no recorded activity. */
function emptyProfile(personId: string): PersonProfile {
  return {
    personId,
    utterances: 0,
    talkChars: 0,
    talkSec: 0,
    talkShare: 0,
    sessions: [],
    topics: [],
    claimCount: 0,
    stances: { positive: 0, negative: 0, neutral: 0, concern: 0, prediction: 0 },
    appearedWith: [],
  };
}

export const Person = builder.loadableObjectRef('Person', entitiesOfType('person'));

const SessionRoleEnum = builder.enumType('SessionRole', {
  description: 'How a person took part in a segment.',
  values: {
    HOST: { value: 'host', description: 'Hosted or moderated it.' },
    GUEST: { value: 'guest', description: 'Was a featured guest or speaker.' },
    SPEAKER: { value: 'speaker', description: 'Has attributed utterances in it.' },
  } satisfies Record<string, { value: SessionRole; description: string }>,
});

const PersonSessionRef = builder.objectRef<PersonSession>('PersonSession').implement({
  description: 'A segment a person took part in, with their own talk time there.',
  fields: (t) => ({
    transcript: t.field({
      type: Transcript,
      description: 'The transcript.',
      resolve: (s) => s.transcript,
    }),
    segment: t.field({ type: Segment, description: 'The segment.', resolve: (s) => s.segment }),
    roles: t.field({
      type: [SessionRoleEnum],
      description: 'How they took part.',
      resolve: (s) => s.roles,
    }),
    talkChars: t.exposeInt('chars', { description: 'Characters they spoke in the segment.' }),
    talkSec: t.exposeFloat('seconds', { description: 'Seconds they spoke in the segment.' }),
    share: t.exposeFloat('share', {
      description: 'Their share of the characters spoken in the segment, 0–1.',
    }),
  }),
});

const TopicCount = builder.objectRef<PersonProfile['topics'][number]>('TopicCount').implement({
  description: 'A topic and how often someone raised it.',
  fields: (t) => ({
    topic: t.field({ type: Topic, description: 'The topic.', resolve: (c) => c.entity }),
    mentions: t.exposeInt('mentions', { description: 'Mentions in their utterances.' }),
    claims: t.exposeInt('claims', { description: 'Their claims about it.' }),
  }),
});

const CoAppearance = builder
  .objectRef<PersonProfile['appearedWith'][number]>('CoAppearance')
  .implement({
    description: 'Someone who shared segments with a person.',
    fields: (t) => ({
      person: t.field({ type: Person, description: 'The other person.', resolve: (c) => c.person }),
      segments: t.exposeInt('segments', { description: 'Number of segments they shared.' }),
    }),
  });

const SpeakerProfile = builder.objectRef<PersonProfile>('SpeakerProfile').implement({
  description:
    "A speaker's activity across the conference: talk time, sessions, topics, stances, company.",
  fields: (t) => ({
    utterances: t.exposeInt('utterances', { description: 'Utterances attributed to them.' }),
    talkChars: t.exposeInt('talkChars', {
      description: 'Characters they spoke (sum of utterance charCount).',
    }),
    talkSec: t.exposeFloat('talkSec', {
      description: 'Seconds they spoke (sum of utterance durations).',
    }),
    talkShare: t.exposeFloat('talkShare', {
      description: 'Their characters over all characters of the segments they took part in, 0–1.',
    }),
    sessions: t.field({
      type: [PersonSessionRef],
      description: 'Segments they hosted, featured in or spoke in, in time order.',
      resolve: (p) => p.sessions,
    }),
    topics: t.field({
      type: [TopicCount],
      description: 'Topics they raised most (mentions plus claims), at most 10.',
      resolve: (p) => p.topics,
    }),
    claimCount: t.exposeInt('claimCount', { description: 'Claims they made.' }),
    stances: t.field({
      type: StanceCounts,
      description: 'Stance mix of their claims.',
      resolve: (p) => p.stances,
    }),
    appearedWith: t.field({
      type: [CoAppearance],
      description: 'People who shared segments with them, most shared first.',
      resolve: (p) => p.appearedWith,
    }),
  }),
});

Person.implement({
  description: 'A person: speaker, host, or someone talked about.',
  interfaces: [Entity],
  fields: (t) => ({
    role: t.exposeString('role', {
      nullable: true,
      description: 'Title or role as introduced (研究员, CEO, …).',
    }),
    affiliation: t.exposeString('affiliation', {
      nullable: true,
      description: 'Affiliation as introduced, verbatim.',
    }),
    organizations: t.loadableList({
      type: Organization,
      description: 'Organisations they are affiliated with (batched).',
      load: async (ids: string[], ctx) =>
        groupBy(ids, await affiliationsOfPeople(ctx.graph, ids), (r) => r.personId).map((rows) =>
          rows.map((r) => r.organization),
        ),
      resolve: (p) => p.id,
    }),
    statements: t.loadable({
      type: ClaimConnection,
      description: 'Claims this person made, in transcript order (batched).',
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        stance: t.arg({ type: StanceEnum, description: 'Only claims with this stance.' }),
      },
      load: async (ids: string[], ctx, args) =>
        claimPage(ids, args, (page) =>
          claimsOfEntities(ctx.graph, ids, { relation: 'madeBy', stance: args.stance, ...page }),
        ),
      resolve: (p) => p.id,
    }),
    profile: t.loadable({
      type: SpeakerProfile,
      description:
        'Speaker profile: talk time and share, sessions, topics, stances, co-speakers (batched).',
      load: async (ids: string[], ctx) => {
        const found = byKey(ids, await personProfiles(ctx.graph, ids), (p) => p.personId);
        return found.map((p, i) => p ?? emptyProfile(ids[i] as string));
      },
      resolve: (p) => p.id,
    }),
  }),
});

addEntityQueries('person', Person, { list: 'people', one: 'person', plural: 'people' });
