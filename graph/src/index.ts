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
