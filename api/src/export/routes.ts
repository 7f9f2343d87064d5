import {
  coverage,
  mentionTrend,
  whoSaidWhat,
  type Graph,
  type Trend,
  type TranscriptCoverage,
  type WhoSaidWhat,
} from '@discourse/graph';
import type { Plugin } from 'graphql-yoga';
import type { z } from 'zod';
import { createContext } from '../context.ts';
import { publicGraphError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { coverageArgs } from '../schema/coverage.ts';
import { trendArgs } from '../schema/trend.ts';
import { whoSaidWhatArgs } from '../schema/who-said-what.ts';
import { withDefaults } from '../validation.ts';
import { fileName, toCsv, type Cell } from './csv.ts';

/**
 * GET /export/<table>.csv: the trend, who-said-what and coverage tables as CSV downloads.
 * Query parameters mirror the GraphQL arguments (lists comma-separated, enums in any case)
 * and go through the same zod schemas; the data comes from the same graph/ functions.
 */

interface Table {
  header: string[];
  rows: Cell[][];
  name: string;
}

/** Query string → argument object: lists split on commas, numbers parsed, enums lower-cased. */
export function queryArgs(
  url: URL,
  kinds: { lists?: string[]; numbers?: string[]; enums?: string[] },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (!values.length) continue;
    if (kinds.lists?.includes(key)) out[key] = values;
    else if (kinds.numbers?.includes(key))
      out[key] = Number.isNaN(Number(values[0])) ? values[0] : Number(values[0]);
    else if (kinds.enums?.includes(key)) out[key] = values[0]!.toLowerCase();
    else out[key] = values[0];
  }
  return out;
}

export function trendTable(trend: Trend): Table {
  const buckets = new Map(trend.buckets.map((b) => [b.key, b]));
  return {
    name: fileName('trend', trend.bucket, trend.split !== 'none' ? `by-${trend.split}` : null),
    header: [
      'bucket_key',
      'bucket_label',
      'date',
      'transcript_id',
      'start_sec',
      'end_sec',
      'series_key',
      'entity_id',
      'entity_name',
      'speaker_id',
      'speaker_name',
      'series_transcript_id',
      'mentions',
      'chars',
      'mention_share',
      'char_share',
      'bucket_total_mentions',
      'bucket_total_chars',
    ],
    rows: trend.series.flatMap((s) =>
      s.points.map((p) => {
        const b = buckets.get(p.bucketKey)!;
        return [
          b.key,
          b.label,
          b.date,
          b.transcriptId,
          b.startSec,
          b.endSec,
          s.key,
          s.entity.id,
          s.entity.name,
          s.speaker?.id,
          s.speaker?.name,
          s.transcriptId,
          p.mentions,
          p.chars,
          p.mentionShare,
          p.charShare,
          b.totalMentions,
          b.totalChars,
        ];
      }),
    ),
  };
}

export function whoSaidWhatTable(w: WhoSaidWhat): Table {
  const rows: Cell[][] = [];
  for (const s of w.speakers) {
    const who = [s.speaker?.id ?? null, s.speaker?.name ?? '(unidentified)'];
    for (const q of s.quotes) {
      rows.push([
        ...who,
        'quote',
        null,
        q.utterance.text,
        q.surfaces.join(' | '),
        q.transcript.id,
        q.transcript.title,
        q.segment.id,
        q.segment.title,
        q.utterance.line,
        q.utterance.column,
        q.utterance.startSec,
        q.utterance.endSec,
      ]);
    }
    for (const { claim, quote } of s.claims) {
      rows.push([
        ...who,
        'claim',
        claim.stance,
        claim.text,
        null,
        quote.transcript.id,
        quote.transcript.title,
        quote.segment.id,
        quote.segment.title,
        claim.line,
        claim.column,
        quote.utterance.startSec,
        quote.utterance.endSec,
      ]);
    }
  }
  return {
    name: fileName('who-said-what', w.entity.id),
    header: [
      'speaker_id',
      'speaker_name',
      'kind',
      'stance',
      'text',
      'surfaces',
      'transcript_id',
      'transcript_title',
      'segment_id',
      'segment_title',
      'line',
      'column',
      'start_sec',
      'end_sec',
    ],
    rows,
  };
}

export function coverageTable(
  transcripts: TranscriptCoverage[],
  scope: { transcriptId?: string | null; date?: string | null },
): Table {
  const rows: Cell[][] = [];
  for (const t of transcripts) {
    for (const c of t.segments) {
      const seg = c.segment;
      const common = [
        t.transcript.id,
        t.transcript.title,
        t.transcript.date,
        seg.ordinal,
        seg.id,
        seg.kind,
        seg.title,
        seg.startSec,
        seg.endSec,
        c.hosts.map((p) => p.name).join(' | '),
        c.guests.map((p) => p.name).join(' | '),
      ];
      const topics = c.topics.map((x) => `${x.entity.name} (${x.mentions})`).join(' | ');
      for (const s of [...c.speakers, ...(c.unidentified ? [c.unidentified] : [])]) {
        rows.push([
          ...common,
          s.speaker?.id ?? null,
          s.speaker?.name ?? '(unidentified)',
          s.roles.join(' | '),
          s.utterances,
          s.chars,
          s.seconds,
          s.share,
          topics,
        ]);
      }
      if (!c.speakers.length && !c.unidentified)
        rows.push([...common, null, null, null, 0, 0, 0, 0, topics]);
    }
  }
  return {
    name: fileName('coverage', scope.transcriptId, scope.date),
    header: [
      'transcript_id',
      'transcript_title',
      'date',
      'segment_ordinal',
      'segment_id',
      'kind',
      'segment_title',
      'start_sec',
      'end_sec',
      'hosts',
      'guests',
      'speaker_id',
      'speaker_name',
      'roles',
      'utterances',
      'chars',
      'seconds',
      'share',
      'topics',
    ],
    rows,
  };
}

type Route = (graph: Graph, url: URL) => Promise<Table | null>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = withDefaults(schema).safeParse(input);
  if (!parsed.success) throw new BadRequest(parsed.error.issues);
  return parsed.data as z.output<T>;
}

class BadRequest extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(issues.map((i) => i.message).join('; '));
  }
}

const ROUTES: Record<string, Route> = {
  '/export/trend.csv': async (graph, url) => {
    const args = parse(
      trendArgs,
      queryArgs(url, { lists: ['entityIds'], numbers: ['minutes'], enums: ['bucket', 'split'] }),
    );
    return trendTable(await mentionTrend(graph, args));
  },
  '/export/who-said-what.csv': async (graph, url) => {
    const args = parse(whoSaidWhatArgs, {
      quotesPerSpeaker: 50,
      claimsPerSpeaker: 100,
      ...queryArgs(url, { numbers: ['quotesPerSpeaker', 'claimsPerSpeaker'] }),
    });
    const result = await whoSaidWhat(graph, args.entityId, args);
    return result && whoSaidWhatTable(result);
  },
  '/export/coverage.csv': async (graph, url) => {
    const args = parse(coverageArgs, queryArgs(url, { numbers: ['topicLimit'] }));
    return coverageTable(await coverage(graph, args, args), args);
  },
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

const error = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extra } }],
});

/** The CSV routes as a Yoga plugin: they share the server, its logging and its error codes. */
export function useCsvExport(
  graph: Graph,
  options: { logger: Logger; retryAfterSec: number },
): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      const route = ROUTES[url.pathname];
      if (!url.pathname.startsWith('/export/')) return;
      if (!route) return endResponse(json(404, error('NOT_FOUND', `no export at ${url.pathname}`)));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(
          json(405, error('METHOD_NOT_ALLOWED', 'exports are read with GET'), {
            allow: 'GET, HEAD',
          }),
        );
      }
      const ctx = createContext(graph);
      try {
        const table = await route(ctx.graph, url);
        if (!table) return endResponse(json(404, error('NOT_FOUND', 'no such entity')));
        options.logger.debug('csv export', {
          path: url.pathname,
          rows: table.rows.length,
          cypherQueries: ctx.stats.cypherQueries,
        });
        endResponse(
          new Response(request.method === 'HEAD' ? null : toCsv(table.header, table.rows), {
            status: 200,
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="${table.name}"`,
              'cache-control': 'no-store',
            },
          }),
        );
      } catch (e) {
        if (e instanceof BadRequest) {
          const issues = e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
          return endResponse(json(400, error('BAD_USER_INPUT', e.message, { issues })));
        }
        const known = publicGraphError(e, options.retryAfterSec);
        if (known) {
          return endResponse(
            json(
              known.status,
              error(known.code, known.message, { retryAfterSec: known.retryAfterSec }),
              {
                'retry-after': String(known.retryAfterSec),
              },
            ),
          );
        }
        options.logger.error('csv export failed', { path: url.pathname }, e);
        endResponse(json(500, error('INTERNAL_SERVER_ERROR', 'Unexpected error.')));
      }
    },
  };
}
