import {
  claimsOfUtterances,
  mentionsOfUtterances,
  peopleOfSegments,
  type ClaimRow,
  type MentionRow,
  type SegmentPersonRow,
} from '@discourse/graph';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { groupBy } from './batch.ts';
import type { Context } from './context.ts';

/**
 * Per-request loaders shared by several fields (the dataloader plugin keeps one loader per
 * field): Segment.hosts and Segment.guests both read this one, so asking for both costs one
 * Cypher query for the whole response.
 */
export const segmentPeopleLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, SegmentPersonRow[]>(async (ids) =>
      groupBy(ids, await peopleOfSegments(ctx.graph, ids), (r) => r.segmentId),
    ),
);

/** Mentions of utterances that did not come with theirs (a transcript page brings its own). */
export const utteranceMentionsLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, MentionRow[]>(async (ids) =>
      groupBy(ids, await mentionsOfUtterances(ctx.graph, ids), (m) => m.utteranceId),
    ),
);

/** Claims of utterances that did not come with theirs (a transcript page brings its own). */
export const utteranceClaimsLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, ClaimRow[]>(async (ids) =>
      groupBy(ids, await claimsOfUtterances(ctx.graph, ids), (c) => c.utteranceId),
    ),
);
