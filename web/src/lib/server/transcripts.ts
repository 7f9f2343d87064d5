import { error } from '@sveltejs/kit';
import {
  kindFromApi,
  TRANSCRIPTS_QUERY,
  type SegmentKind,
  type TranscriptPage,
  type TranscriptRow,
} from '$lib/queries/overview';
import {
  SESSION_INDEX_QUERY,
  TRANSCRIPT_QUERY,
  type SessionIndexPage,
  type SessionRef,
  type TranscriptDetail,
  type TranscriptResult,
} from '$lib/queries/transcript';
import {
  READER_QUERY,
  type ApiReaderUtterance,
  type ReaderPage,
  type ReaderResult,
  type ReaderUtterance,
} from '$lib/queries/reader';
import { entityKindFromApi } from '$lib/entities';
import type { TextWindow } from '$lib/text-window';
import { stanceFromApi } from '$lib/stance';
import { query } from './api';

const PAGE_SIZE = 50;
/** A guard against a cursor that never ends; 20 pages is far beyond the corpus. */
const MAX_PAGES = 20;

/** Every loaded transcript with its segments, following the connection's cursor. */
export async function allTranscripts(): Promise<TranscriptRow[]> {
  const rows: TranscriptRow[] = [];
  let after: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const { transcripts }: TranscriptPage = await query<TranscriptPage>(TRANSCRIPTS_QUERY, {
      first: PAGE_SIZE,
      after,
    });
    rows.push(...transcripts.edges.map((e) => withKinds(e.node)));
    if (!transcripts.pageInfo.hasNextPage || !transcripts.pageInfo.endCursor) break;
    after = transcripts.pageInfo.endCursor;
  }
  return rows;
}

/** Id, part, date and title of every transcript, in the API's order (date, then id). */
export async function sessionIndex(): Promise<SessionRef[]> {
  const rows: SessionRef[] = [];
  let after: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const { transcripts }: SessionIndexPage = await query<SessionIndexPage>(SESSION_INDEX_QUERY, {
      first: PAGE_SIZE,
      after,
    });
    rows.push(...transcripts.edges.map((e) => e.node));
    if (!transcripts.pageInfo.hasNextPage || !transcripts.pageInfo.endCursor) break;
    after = transcripts.pageInfo.endCursor;
  }
  return rows;
}

/** One transcript with its segments; a 404 when the API has no transcript with that id. */
export async function oneTranscript(id: string): Promise<TranscriptDetail> {
  const { transcript } = await query<TranscriptResult>(TRANSCRIPT_QUERY, { id });
  if (!transcript) error(404, { code: 'NOT_FOUND', message: `No transcript ${id}` });
  return withKinds(transcript);
}

/**
 * Turns per window of the reader. The longest transcript (~200 turns, 3,570 lines) in one page
 * was 4 MB of HTML and 3.5 s until ready, so the reader loads its text a window at a time; a
 * window of 8 turns (typically 50–400 lines) renders quickly, which is what a link into the
 * middle of a transcript waits for before it can load the window around its line.
 */
const TEXT_PAGE_SIZE = 8;

/**
 * A window of a transcript's turns with their speakers, mentions and claims; a 404 when the
 * API has no transcript with that id.
 */
export async function transcriptText(
  id: string,
  window: TextWindow | null = null,
): Promise<ReaderPage> {
  const variables =
    window && 'before' in window
      ? { id, last: TEXT_PAGE_SIZE, before: window.before }
      : { id, first: TEXT_PAGE_SIZE, ...window };
  const { transcript } = await query<ReaderResult>(READER_QUERY, variables);
  if (!transcript) error(404, { code: 'NOT_FOUND', message: `No transcript ${id}` });
  const { edges, totalCount, pageInfo } = transcript.utterances;
  return { utterances: edges.map((e) => readerUtterance(e.node)), totalCount, pageInfo };
}

/** Enums in the dashboard's spelling; mentions of an unknown entity kind are left out. */
function readerUtterance(u: ApiReaderUtterance): ReaderUtterance {
  return {
    ...u,
    mentions: u.mentions.flatMap((m) => {
      const type = entityKindFromApi(m.entity.type);
      return type ? [{ ...m, entity: { ...m.entity, type } }] : [];
    }),
    claims: u.claims.map((c) => ({ ...c, stance: stanceFromApi(c.stance) })),
  };
}

type WithKind<S> = Omit<S, 'kind'> & { kind: SegmentKind };

/** Segment kinds in the dashboard's spelling; segments of an unknown kind are left out. */
function withKinds<T extends { segments: { id: string; kind: string }[] }>(
  t: T,
): Omit<T, 'segments'> & { segments: WithKind<T['segments'][number]>[] } {
  const segments = t.segments.flatMap((s): WithKind<T['segments'][number]>[] => {
    const kind = kindFromApi(s.kind);
    if (!kind) console.warn(`segment ${s.id} has unknown kind ${s.kind}; left out of the charts`);
    return kind ? [{ ...s, kind } as WithKind<T['segments'][number]>] : [];
  });
  return { ...t, segments };
}
