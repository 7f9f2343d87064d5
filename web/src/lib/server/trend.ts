import { TREND_QUERY, type Trend, type TrendState, type TrendResult } from '$lib/queries/trend';
import { query } from './api';

/** The mention trend of `ids` with the bucketing and split of `state`. */
export async function trendOf(ids: string[], state: TrendState): Promise<Trend> {
  const { trend } = await query<TrendResult>(TREND_QUERY, {
    ids,
    bucket: state.bucket.toUpperCase(),
    split: state.split.toUpperCase(),
  });
  return trend;
}
