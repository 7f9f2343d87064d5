import type { Graph } from '../driver.ts';
import type { EntityProps, EntityType } from '../model.ts';
import { ENTITY_PROJECTION } from './entities.ts';

export const TREND_BUCKETS = ['segment', 'minutes', 'transcript', 'day'] as const;
/** segment and minutes are within transcripts; transcript and day span the conference. */
export type TrendBucketKind = (typeof TREND_BUCKETS)[number];

export const TREND_SPLITS = ['none', 'speaker', 'transcript'] as const;
export type TrendSplit = (typeof TREND_SPLITS)[number];

export interface TrendParams {
  entityIds: readonly string[];
  bucket: TrendBucketKind;
  /** Bucket width for `minutes`. */
  minutes?: number;
  transcriptId?: string | null;
  /** Inclusive ISO dates limiting the transcripts. */
  from?: string | null;
  to?: string | null;
  split?: TrendSplit;
}

export interface TrendBucket {
  key: string;
  label: string;
  transcriptId: string | null;
  date: string | null;
  startSec: number | null;
  endSec: number | null;
  /** Mentions of any entity in the bucket: the denominator of mentionShare. */
  totalMentions: number;
  /** Characters of all speech in the bucket: the denominator of charShare. */
  totalChars: number;
  utterances: number;
}

export interface TrendPoint {
  bucketKey: string;
  mentions: number;
  /** Characters of the utterances that mention the entity. */
  chars: number;
  mentionShare: number;
  charShare: number;
}

export interface TrendSeries {
  /** Stable key: entity id, plus `@speaker` or `@transcript` when split. */
  key: string;
  entity: EntityProps;
  /** Set when split by speaker; null there means unidentified speech. */
  speaker: EntityProps | null;
  /** Set when split by transcript. */
  transcriptId: string | null;
  totalMentions: number;
  points: TrendPoint[];
}

export interface Trend {
  bucket: TrendBucketKind;
  split: TrendSplit;
  buckets: TrendBucket[];
  series: TrendSeries[];
}

/** One (segment, speaker) group of utterances as the query returns it. */
export interface TrendRow {
  bucket: string;
  transcriptId: string;
  transcriptTitle: string;
  date: string | null;
  segmentOrdinal: number;
  segmentTitle: string;
  segmentStart: number;
  segmentEnd: number;
  speaker: EntityProps | null;
  chars: number;
  mentions: number;
  utterances: number;
  /** Per utterance that mentions a requested entity: the ids it mentions (repeats count) and its length. */
  hits: { hits: string[]; chars: number }[];
}

const MENTION_TREND = `
CALL () {
  MATCH (e:Person|Organization|Model|Topic) WHERE e.id IN $entityIds
  RETURN collect(e ${ENTITY_PROJECTION}) AS entities
}
CALL () {
  MATCH (t:Transcript) WHERE t.complete
    AND ($transcriptId IS NULL OR t.id = $transcriptId)
    AND ($from IS NULL OR t.date >= $from)
    AND ($to IS NULL OR t.date <= $to)
  MATCH (t)-[:HAS_SEGMENT]->(s:Segment)-[:HAS_UTTERANCE]->(u:Utterance)
  OPTIONAL MATCH (sp:Person)-[:SPOKE]->(u)
  WITH t, s, u, sp,
       CASE $bucket
         WHEN 'segment' THEN s.id
         WHEN 'minutes' THEN t.id + '#' + toString(toInteger(floor(u.startSec / $bucketSec)))
         WHEN 'transcript' THEN t.id
         ELSE coalesce(t.date, 'undated')
       END AS bucket,
       COUNT { (u)-[:MENTIONS]->() } AS allMentions,
       [(u)-[:MENTIONS]->(x) WHERE x.id IN $entityIds | x.id] AS hits
  WITH bucket, t, s, sp,
       sum(u.charCount) AS chars, sum(allMentions) AS mentions, count(u) AS utterances,
       collect(CASE WHEN size(hits) > 0 THEN {hits: hits, chars: u.charCount} END) AS hits
  RETURN collect({
    bucket: bucket, transcriptId: t.id, transcriptTitle: t.title, date: t.date,
    segmentOrdinal: s.ordinal, segmentTitle: s.title, segmentStart: s.startSec, segmentEnd: s.endSec,
    speaker: CASE WHEN sp IS NULL THEN null ELSE sp ${ENTITY_PROJECTION} END,
    chars: chars, mentions: mentions, utterances: utterances, hits: hits
  }) AS rows
}
RETURN entities, rows`;

/**
 * Mentions of entities over time, in one query: raw counts and share of talk per bucket,
 * optionally one series per speaker or per transcript.
 */
export async function mentionTrend(graph: Graph, params: TrendParams): Promise<Trend> {
  const [result] = await graph.query<{ entities: EntityProps[]; rows: TrendRow[] }>(MENTION_TREND, {
    entityIds: [...params.entityIds],
    bucket: params.bucket,
    bucketSec: Math.max(1, (params.minutes ?? 5) * 60),
    transcriptId: params.transcriptId ?? null,
    from: params.from ?? null,
    to: params.to ?? null,
  });
  return shapeTrend(result?.entities ?? [], result?.rows ?? [], params);
}

type Order = (string | number)[];

function compareOrder(a: Order, b: Order): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number'
      ? x - y
      : String(x).localeCompare(String(y));
  }
  return 0;
}

/** Turns (segment, speaker) groups into ordered buckets and zero-filled series. Pure. */
export function shapeTrend(entities: EntityProps[], rows: TrendRow[], params: TrendParams): Trend {
  const split = params.split ?? 'none';
  const width = params.minutes ?? 5;
  const buckets = new Map<string, TrendBucket & { order: Order }>();

  const bucketOf = (row: TrendRow): TrendBucket & { order: Order } => {
    const existing = buckets.get(row.bucket);
    if (existing) return existing;
    const base = { key: row.bucket, totalMentions: 0, totalChars: 0, utterances: 0 };
    let made: TrendBucket & { order: Order };
    switch (params.bucket) {
      case 'segment':
        made = {
          ...base,
          label: row.segmentTitle,
          transcriptId: row.transcriptId,
          date: row.date,
          startSec: row.segmentStart,
          endSec: row.segmentEnd,
          order: [row.date ?? '', row.transcriptId, row.segmentOrdinal],
        };
        break;
      case 'minutes': {
        const k = Number(row.bucket.slice(row.bucket.lastIndexOf('#') + 1));
        made = minuteBucket(row.transcriptId, row.date, k, width);
        break;
      }
      case 'transcript':
        made = {
          ...base,
          label: row.transcriptTitle,
          transcriptId: row.transcriptId,
          date: row.date,
          startSec: null,
          endSec: null,
          order: [row.date ?? '', row.transcriptId],
        };
        break;
      case 'day':
        made = {
          ...base,
          label: row.date ?? 'undated',
          transcriptId: null,
          date: row.date,
          startSec: null,
          endSec: null,
          order: [row.date ?? '9999'],
        };
        break;
    }
    buckets.set(row.bucket, made);
    return made;
  };

  const wanted = new Map(entities.map((e) => [e.id, e]));
  const series = new Map<
    string,
    TrendSeries & { counts: Map<string, { mentions: number; chars: number }> }
  >();
  const seriesOf = (entity: EntityProps, row: Pick<TrendRow, 'speaker' | 'transcriptId'>) => {
    const suffix =
      split === 'speaker'
        ? `@${row.speaker?.id ?? ''}`
        : split === 'transcript'
          ? `@${row.transcriptId}`
          : '';
    const key = `${entity.id}${suffix}`;
    let s = series.get(key);
    if (!s) {
      s = {
        key,
        entity,
        speaker: split === 'speaker' ? row.speaker : null,
        transcriptId: split === 'transcript' ? row.transcriptId : null,
        totalMentions: 0,
        points: [],
        counts: new Map(),
      };
      series.set(key, s);
    }
    return s;
  };
  if (split === 'none') for (const e of entities) seriesOf(e, { speaker: null, transcriptId: '' });

  for (const row of rows) {
    const b = bucketOf(row);
    b.totalMentions += row.mentions;
    b.totalChars += row.chars;
    b.utterances += row.utterances;
    for (const hit of row.hits) {
      const seen = new Set<string>();
      for (const id of hit.hits) {
        const entity = wanted.get(id);
        if (!entity) continue;
        const s = seriesOf(entity, row);
        const c = s.counts.get(row.bucket) ?? { mentions: 0, chars: 0 };
        c.mentions += 1;
        if (!seen.has(id)) c.chars += hit.chars;
        seen.add(id);
        s.counts.set(row.bucket, c);
        s.totalMentions += 1;
      }
    }
  }

  // Minute buckets of one transcript are contiguous, so silent stretches show as zeros.
  if (params.bucket === 'minutes' && params.transcriptId && buckets.size) {
    const any = [...buckets.values()][0] as TrendBucket;
    const ks = [...buckets.keys()].map((k) => Number(k.slice(k.lastIndexOf('#') + 1)));
    for (let k = 0; k <= Math.max(...ks); k++) {
      const key = `${params.transcriptId}#${k}`;
      if (!buckets.has(key))
        buckets.set(key, minuteBucket(params.transcriptId, any.date, k, width));
    }
  }

  const ordered = [...buckets.values()].sort((a, b) => compareOrder(a.order, b.order));
  const entityOrder = new Map(entities.map((e, i) => [e.id, i]));
  return {
    bucket: params.bucket,
    split,
    buckets: ordered.map(({ order: _order, ...b }) => b),
    series: [...series.values()]
      .sort(
        (a, b) =>
          (entityOrder.get(a.entity.id) ?? 0) - (entityOrder.get(b.entity.id) ?? 0) ||
          b.totalMentions - a.totalMentions ||
          a.key.localeCompare(b.key),
      )
      .map(({ counts, ...s }) => ({
        ...s,
        points: ordered.map((b) => {
          const c = counts.get(b.key) ?? { mentions: 0, chars: 0 };
          return {
            bucketKey: b.key,
            mentions: c.mentions,
            chars: c.chars,
            mentionShare: b.totalMentions ? c.mentions / b.totalMentions : 0,
            charShare: b.totalChars ? c.chars / b.totalChars : 0,
          };
        }),
      })),
  };
}

function minuteBucket(transcriptId: string, date: string | null, k: number, width: number) {
  return {
    key: `${transcriptId}#${k}`,
    label: `${k * width}–${(k + 1) * width} min`,
    transcriptId,
    date,
    startSec: k * width * 60,
    endSec: (k + 1) * width * 60,
    totalMentions: 0,
    totalChars: 0,
    utterances: 0,
    order: [date ?? '', transcriptId, k] as Order,
  };
}

export interface Period {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export interface RisingEntity {
  entity: EntityProps;
  before: number;
  after: number;
  /** Share of all mentions of the requested types in the period. */
  beforeShare: number;
  afterShare: number;
  /** afterShare − beforeShare: what the list is ordered by. */
  change: number;
  /** (after + 1) / (before + 1) scaled by the period totals: growth with add-one smoothing. */
  ratio: number;
}

export interface RisingResult {
  beforeTotal: number;
  afterTotal: number;
  items: RisingEntity[];
}

const PERIOD_MENTIONS = `
CALL () {
  MATCH (t:Transcript) WHERE t.complete AND t.date >= $before.from AND t.date <= $before.to
  MATCH (u:Utterance {transcriptId: t.id})-[:MENTIONS]->(e)
  WHERE e.type IN $types
  RETURN 'before' AS period, e, count(*) AS n
  UNION ALL
  MATCH (t:Transcript) WHERE t.complete AND t.date >= $after.from AND t.date <= $after.to
  MATCH (u:Utterance {transcriptId: t.id})-[:MENTIONS]->(e)
  WHERE e.type IN $types
  RETURN 'after' AS period, e, count(*) AS n
}
RETURN period, e ${ENTITY_PROJECTION} AS entity, n`;

/**
 * Entities (topics by default) whose share of mentions grew most from one period to the next.
 * One query; shares are within the requested types so that periods of different length compare.
 */
export async function risingEntities(
  graph: Graph,
  params: {
    before: Period;
    after: Period;
    types: readonly EntityType[];
    limit: number;
    minMentions: number;
  },
): Promise<RisingResult> {
  const rows = await graph.query<{ period: 'before' | 'after'; entity: EntityProps; n: number }>(
    PERIOD_MENTIONS,
    {
      before: params.before,
      after: params.after,
      types: [...params.types],
    },
  );
  return rankRising(rows, params);
}

/** Ranks per-period counts by change of share. Pure. */
export function rankRising(
  rows: { period: 'before' | 'after'; entity: EntityProps; n: number }[],
  params: { limit: number; minMentions: number },
): RisingResult {
  const totals = { before: 0, after: 0 };
  const by = new Map<string, { entity: EntityProps; before: number; after: number }>();
  for (const r of rows) {
    totals[r.period] += r.n;
    const e = by.get(r.entity.id) ?? { entity: r.entity, before: 0, after: 0 };
    e[r.period] += r.n;
    by.set(r.entity.id, e);
  }
  const items = [...by.values()]
    .filter((e) => e.after >= params.minMentions)
    .map((e) => {
      const beforeShare = totals.before ? e.before / totals.before : 0;
      const afterShare = totals.after ? e.after / totals.after : 0;
      const ratio = (e.after + 1) / (totals.after + 1) / ((e.before + 1) / (totals.before + 1));
      return { ...e, beforeShare, afterShare, change: afterShare - beforeShare, ratio };
    })
    .sort(
      (a, b) =>
        b.change - a.change || b.after - a.after || a.entity.name.localeCompare(b.entity.name),
    )
    .slice(0, params.limit);
  return { beforeTotal: totals.before, afterTotal: totals.after, items };
}
