export const TREND_BUCKETS = ['transcript', 'day'] as const;
export type TrendBucket = (typeof TREND_BUCKETS)[number];
export const TREND_SPLITS = ['none', 'speaker'] as const;
export type TrendSplit = (typeof TREND_SPLITS)[number];
export const TREND_METRICS = ['mentions', 'share'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

export interface TrendResult {
  trend: {
    buckets: {
      key: string;
      label: string;
      date: string | null;
      totalMentions: number;
      transcript: { id: string; part: string | null; sessionTitle: string } | null;
    }[];
    series: {
      key: string;
      totalMentions: number;
      entity: { id: string; name: string };
      speaker: { id: string; name: string } | null;
      points: { bucketKey: string; mentions: number; mentionShare: number }[];
    }[];
  };
}

export type Trend = TrendResult['trend'];

/** Mentions of entities per session or day, optionally one series per speaker. */
export const TREND_QUERY = /* GraphQL */ `
  query EntityTrend($ids: [ID!]!, $bucket: TrendBucketKind!, $split: TrendSplit) {
    trend(entityIds: $ids, bucket: $bucket, split: $split) {
      buckets {
        key
        label
        date
        totalMentions
        transcript {
          id
          part
          sessionTitle
        }
      }
      series {
        key
        totalMentions
        entity {
          id
          name
        }
        speaker {
          id
          name
        }
        points {
          bucketKey
          mentions
          mentionShare
        }
      }
    }
  }
`;

/** Trend settings from the URL (`?bucket=day&split=speaker&metric=share`), defaults left out. */
export interface TrendState {
  bucket: TrendBucket;
  split: TrendSplit;
  metric: TrendMetric;
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T {
  return allowed.includes(value as T) ? (value as T) : allowed[0]!;
}

export function readTrendState(params: URLSearchParams): TrendState {
  return {
    bucket: pick(params.get('bucket'), TREND_BUCKETS),
    split: pick(params.get('split'), TREND_SPLITS),
    metric: pick(params.get('metric'), TREND_METRICS),
  };
}
