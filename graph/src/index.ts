export { Graph, type Row } from './driver.ts';
export { readGraphEnv, type GraphEnv } from './env.ts';
export { GraphError, toGraphError, type GraphErrorCode } from './errors.ts';
export { migrate, loadMigrations } from './migrate.ts';
export * from './model.ts';
export { replaceTranscript, deleteTranscript, storedContentHash } from './queries/ingest.ts';
export {
  listTranscripts,
  countTranscripts,
  transcriptsById,
  segmentsOfTranscripts,
  graphCounts,
} from './queries/transcripts.ts';
export { databaseHealth, type DatabaseHealth } from './queries/health.ts';
export { segmentsById, peopleOfSegments, type SegmentPersonRow } from './queries/segments.ts';
export {
  ENTITY_ORDER,
  entitiesById,
  listEntities,
  countEntities,
  mentionStats,
  affiliationsOfPeople,
  membersOfOrganizations,
  type EntityOrder,
  type MentionStats,
  type AffiliationRow,
  type MemberRow,
} from './queries/entities.ts';
export {
  CLAIM_RELATION,
  claimsById,
  listClaims,
  countClaims,
  claimsOfEntities,
  type ClaimRow,
  type ClaimFilter,
  type ClaimRelation,
} from './queries/claims.ts';
export { utterancesById, type UtteranceRow } from './queries/utterances.ts';
export { searchEntities, type SearchParams, type SearchCandidate } from './queries/search.ts';
export {
  whoSaidWhat,
  groupBySpeaker,
  type WhoSaidWhat,
  type WhoSaidWhatRow,
  type SpeakerStatements,
  type QuoteRow,
  type StatedClaim,
} from './queries/who-said-what.ts';
export {
  TREND_BUCKETS,
  TREND_SPLITS,
  mentionTrend,
  shapeTrend,
  risingEntities,
  rankRising,
  type Trend,
  type TrendBucket,
  type TrendBucketKind,
  type TrendParams,
  type TrendPoint,
  type TrendRow,
  type TrendSeries,
  type TrendSplit,
  type Period,
  type RisingEntity,
  type RisingResult,
} from './queries/trends.ts';
export {
  cooccurrence,
  limitGraph,
  type Cooccurrence,
  type CooccurrenceEdge,
  type CooccurrenceNode,
  type CooccurrenceParams,
} from './queries/topic-graph.ts';
export { personProfiles, type PersonProfile, type PersonSession, type SessionRole } from './queries/people.ts';
export {
  coverage,
  shapeCoverage,
  conferenceDays,
  type ConferenceDay,
  type SegmentCoverage,
  type TalkShare,
  type TranscriptCoverage,
} from './queries/coverage.ts';
export {
  utterancePages,
  mentionsOfUtterances,
  claimsOfUtterances,
  type ReaderPage,
  type ReaderUtterance,
  type ReaderWindow,
} from './queries/reader.ts';
